using System.Security.Cryptography;
using System.Text;

namespace OpenData.Api.Persisted;

/// <summary>How persisted operations name a document: the lower-case hex SHA-256 of its UTF-8 text (Apollo's APQ and
/// trusted documents' <c>sha256:</c> ids alike).</summary>
public static class DocumentHash
{
    public static string Of(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
