using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>any</c>: <c>true</c> for a non-empty list, <c>false</c> for an empty one.</summary>
public sealed class ListAnyHandler : ListOperationHandler
{
    public override string Name => "any";
    public override string Description => "`true`: the list has at least one element; `false`: it is empty.";
    public override FilterOperand Operand => FilterOperand.Boolean;

    public override Expression Handle(FilterOperationContext context, Expression collection, Type elementType, object value, LambdaExpression? predicate)
    {
        var any = Any(collection, elementType, null);
        return (bool)value ? any : Expression.Not(any);
    }
}
