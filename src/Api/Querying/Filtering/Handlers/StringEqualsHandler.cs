using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>eq</c> on strings: equal (folded in insensitive mode); <c>eq: null</c> is IS NULL.</summary>
public sealed class StringEqualsHandler : StringOperationHandler
{
    public override string Name => "eq";
    public override string Description => "Equal to the value (see `mode`). `null` matches a missing value (IS NULL).";
    public override bool AcceptsNull => true;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        value is null
            ? Expression.Equal(member, Expression.Constant(null, typeof(string)))
            : Expression.Equal(Subject(context, member), Parameter(context, value));
}
