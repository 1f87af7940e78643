using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>lt</c>: less than the value; a missing value never matches.</summary>
public sealed class ComparableLessThanHandler : FilterOperationHandler
{
    public override string Name => "lt";
    public override string Description => "Less than the value. A missing value (null) never matches.";

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        Expression.LessThan(member, context.Parameter(value!, member.Type));
}
