using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>neq</c>: not equal to the value (a missing value counts as different); <c>neq: null</c> is IS NOT NULL.</summary>
public sealed class NotEqualsHandler : FilterOperationHandler
{
    public override string Name => "neq";
    public override string Description => "Not equal to the value; a missing value counts as different. `null` matches any present value (IS NOT NULL).";
    public override bool AcceptsNull => true;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        value is null
            ? Expression.NotEqual(MemberPath.Lift(member), Expression.Constant(null, MemberPath.Lift(member.Type)))
            : Expression.NotEqual(member, context.Parameter(value, member.Type));
}
