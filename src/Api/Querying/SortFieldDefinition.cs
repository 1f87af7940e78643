using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>One field of <c>{Name}SortInput</c>, as configured on a descriptor.</summary>
public abstract class SortFieldDefinition(string name, string description, LambdaExpression member)
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public LambdaExpression Member { get; } = MemberPath.Normalize(member);
    public IReadOnlyList<MemberInfo> Path { get; } = MemberPath.RequireMembers(member, $"Sort field '{name}'");
    /// <summary>Whether the member can read null, anywhere along its path.</summary>
    public bool CanBeNull => _canBeNull ??= MemberPath.CanBeNull(Path);
    private bool? _canBeNull;
}

/// <summary>A scalar member sorted with <c>SortEnumType</c>.</summary>
public sealed class ScalarSortField(string name, string description, LambdaExpression member)
    : SortFieldDefinition(name, description, member);

/// <summary>A to-one navigation sorted with the related descriptor's sort input.</summary>
public sealed class RelationSortField(string name, string description, LambdaExpression member, IQueryDescriptor target)
    : SortFieldDefinition(name, description, member)
{
    public IQueryDescriptor Target { get; } = target;
}
