using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>neq</c> on strings: not equal (folded in insensitive mode); <c>neq: null</c> is IS NOT NULL.</summary>
public sealed class StringNotEqualsHandler : StringOperationHandler
{
    public override string Name => "neq";
    public override string Description => "Not equal to the value (see `mode`); a missing value counts as different. `null` matches any present value (IS NOT NULL).";
    public override bool AcceptsNull => true;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        value is null
            ? Expression.NotEqual(member, Expression.Constant(null, typeof(string)))
            : Expression.NotEqual(Subject(context, member), Parameter(context, value));
}
