using System.Buffers.Text;
using System.Text;
using GraphQL;
using OpenData.Api.Errors;

namespace OpenData.Api.Schema;

/// <summary>Relay global object IDs: an opaque base64url of "TypeName:databaseId".</summary>
public static class GlobalId
{
    public static string Encode(string typeName, int id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    /// <summary>The type name and database id, or an error with code <see cref="ErrorCodes.InvalidId"/>.</summary>
    public static (string TypeName, int Id) Decode(string globalId)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
            var colon = text.IndexOf(':');
            if (colon > 0 && int.TryParse(text.AsSpan(colon + 1), out var id)) return (text[..colon], id);
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"'{globalId}' is not an ID issued by this API.") { Code = ErrorCodes.InvalidId };
    }
}
