using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>some</c>: at least one element matches (EXISTS).</summary>
public sealed class ListSomeHandler : ListOperationHandler
{
    public override string Name => "some";
    public override string Description => "At least one element matches (an empty list never does).";

    public override Expression Handle(FilterOperationContext context, Expression collection, Type elementType, object value, LambdaExpression? predicate) =>
        Any(collection, elementType, predicate);
}
