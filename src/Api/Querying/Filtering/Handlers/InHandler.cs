using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>in</c>: equal to one of the values; a <c>null</c> in the list matches a missing value.</summary>
public sealed class InHandler : FilterOperationHandler
{
    public override string Name => "in";
    public override string Description => "Equal to one of the values. A `null` in the list matches a missing value; an empty list matches nothing.";
    public override FilterOperand Operand => FilterOperand.List;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        Contains(context.ListParameter(value!, member.Type), member);

    internal static Expression Contains(Expression list, Expression item) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [item.Type], list, item);
}
