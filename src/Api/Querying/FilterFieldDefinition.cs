using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>One field of <c>{Name}FilterInput</c>, as configured on a descriptor.</summary>
public abstract class FilterFieldDefinition(string name, string description, LambdaExpression member)
{
    /// <summary>GraphQL field name.</summary>
    public string Name { get; } = name;
    public string Description { get; } = description;
    /// <summary>The member, e.g. <c>a => a.Code</c>, conversions stripped.</summary>
    public LambdaExpression Member { get; } = MemberPath.Normalize(member);
    public IReadOnlyList<MemberInfo> Path { get; } = MemberPath.RequireMembers(member, $"Filter field '{name}'");
}

/// <summary>A scalar member filtered with an operation input (<c>code: StringOperationFilterInput</c>).</summary>
public sealed class ScalarFilterField(string name, string description, LambdaExpression member, OperationFilterInput input)
    : FilterFieldDefinition(name, description, member)
{
    public OperationFilterInput Input { get; } = input;
}

/// <summary>A to-one navigation filtered with the related descriptor's filter input (<c>parent: AreaFilterInput</c>).</summary>
public sealed class RelationFilterField(string name, string description, LambdaExpression member, IQueryDescriptor target)
    : FilterFieldDefinition(name, description, member)
{
    public IQueryDescriptor Target { get; } = target;
}

/// <summary>A to-many navigation filtered with some/all/none/any (<c>observations: ObservationListFilterInput</c>).</summary>
public sealed class ListFilterField(string name, string description, LambdaExpression member, IQueryDescriptor target)
    : FilterFieldDefinition(name, description, member)
{
    public IQueryDescriptor Target { get; } = target;
}
