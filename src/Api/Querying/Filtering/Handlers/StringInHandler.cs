using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>in</c> on strings: equal to one of the values (folded in insensitive mode).</summary>
public sealed class StringInHandler : StringOperationHandler
{
    public override string Name => "in";
    public override string Description => "Equal to one of the values (see `mode`). A `null` in the list matches a missing value; an empty list matches nothing.";
    public override FilterOperand Operand => FilterOperand.List;

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        InHandler.Contains(ListParameter(context, value!), Subject(context, member));
}
