using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>nin</c>: equal to none of the values; a missing value counts as different unless the list holds <c>null</c>.</summary>
public sealed class NotInHandler : FilterOperationHandler
{
    public override string Name => "nin";
    public override string Description => "Equal to none of the values; a missing value counts as different unless the list holds `null`. An empty list matches everything.";
    public override FilterOperand Operand => FilterOperand.List;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        Expression.Not(InHandler.Contains(context.ListParameter(value!, member.Type), member));
}
