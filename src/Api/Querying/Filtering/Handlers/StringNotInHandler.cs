using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>nin</c> on strings: equal to none of the values (folded in insensitive mode).</summary>
public sealed class StringNotInHandler : StringOperationHandler
{
    public override string Name => "nin";
    public override string Description => "Equal to none of the values (see `mode`); a missing value counts as different unless the list holds `null`.";
    public override FilterOperand Operand => FilterOperand.List;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        Expression.Not(InHandler.Contains(ListParameter(context, value!), Subject(context, member)));
}
