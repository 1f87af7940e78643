using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>none</c>: no element matches (NOT EXISTS); true for an empty list.</summary>
public sealed class ListNoneHandler : ListOperationHandler
{
    public override string Name => "none";
    public override string Description => "No element matches; true for an empty list.";

    public override Expression Handle(FilterOperationContext context, Expression collection, Type elementType, object value, LambdaExpression? predicate) =>
        Expression.Not(Any(collection, elementType, predicate));
}
