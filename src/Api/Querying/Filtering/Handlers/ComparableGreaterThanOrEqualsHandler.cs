using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>gte</c>: greater than or equal to the value; a missing value never matches.</summary>
public sealed class ComparableGreaterThanOrEqualsHandler : FilterOperationHandler
{
    public override string Name => "gte";
    public override string Description => "Greater than or equal to the value. A missing value (null) never matches.";

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        Expression.GreaterThanOrEqual(member, context.Parameter(value!, member.Type));
}
