using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>eq</c>: equal to the value; <c>eq: null</c> is IS NULL.</summary>
public sealed class EqualsHandler : FilterOperationHandler
{
    public override string Name => "eq";
    public override string Description => "Equal to the value. `null` matches a missing value (IS NULL).";
    public override bool AcceptsNull => true;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        value is null
            ? Expression.Equal(MemberPath.Lift(member), Expression.Constant(null, MemberPath.Lift(member.Type)))
            : Expression.Equal(member, context.Parameter(value, member.Type));
}
