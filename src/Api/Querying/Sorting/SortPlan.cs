using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;

namespace OpenData.Api.Querying;

/// <summary>The keys of one ordering, over one root parameter; the descriptor's key is always the last, so the order is total.</summary>
public sealed class SortPlan
{
    internal SortPlan(IQueryDescriptor descriptor, ParameterExpression root, IReadOnlyList<SortKey> keys)
    {
        Root = root;
        Keys = keys;
        var text = descriptor.Name + "|" + string.Join("|", keys.Select(k => $"{k.Identity}:{(k.Direction == SortDirection.Ascending ? 'A' : 'D')}"));
        Signature = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 9));
    }

    public ParameterExpression Root { get; }
    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>Short hash of the descriptor name and the keys with their directions: a cursor carries it and must match.</summary>
    public string Signature { get; }
}
