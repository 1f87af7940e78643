using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>all</c>: every element matches (NOT EXISTS a non-matching one); true for an empty list.</summary>
public sealed class ListAllHandler : ListOperationHandler
{
    public override string Name => "all";
    public override string Description => "Every element matches; true for an empty list.";

    public override Expression Handle(FilterOperationContext context, Expression collection, Type elementType, object value, LambdaExpression? predicate) =>
        predicate is null
            ? Expression.Constant(true)
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], collection, predicate);
}
