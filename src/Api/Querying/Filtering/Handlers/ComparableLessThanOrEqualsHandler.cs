using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>lte</c>: less than or equal to the value; a missing value never matches.</summary>
public sealed class ComparableLessThanOrEqualsHandler : FilterOperationHandler
{
    public override string Name => "lte";
    public override string Description => "Less than or equal to the value. A missing value (null) never matches.";

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        Expression.LessThanOrEqual(member, context.Parameter(value!, member.Type));
}
