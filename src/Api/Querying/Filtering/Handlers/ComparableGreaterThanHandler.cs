using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>gt</c>: greater than the value; a missing value never matches.</summary>
public sealed class ComparableGreaterThanHandler : FilterOperationHandler
{
    public override string Name => "gt";
    public override string Description => "Greater than the value. A missing value (null) never matches.";

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        Expression.GreaterThan(member, context.Parameter(value!, member.Type));
}
