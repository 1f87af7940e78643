using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>
/// One key of an ordering, as SQL sees it: an expression over the root row, lifted to a nullable type when it can be
/// null, and for enums and Booleans their rank (declaration order), so that ORDER BY and the keyset comparison agree
/// whatever the column stores.
/// </summary>
public sealed class SortKey(string identity, Expression body, SortDirection direction, bool canBeNull, IReadOnlyList<MemberInfo> members)
{
    /// <summary>The members from the root row to the key (<c>Parent</c>, <c>NameEn</c>).</summary>
    public IReadOnlyList<MemberInfo> Members { get; } = members;
    /// <summary>The member path (<c>x.Parent.NameEn</c>): what the ordering signature of cursors is made of.</summary>
    public string Identity { get; } = identity;
    public Expression Body { get; } = body;
    public SortDirection Direction { get; } = direction;
    public bool CanBeNull { get; } = canBeNull;
    public Type Type => Body.Type;
}
