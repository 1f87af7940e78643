using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary>
/// One operator of a to-many filter input (<c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>). The translation uses
/// <see cref="Enumerable"/> methods on the navigation, which EF Core turns into EXISTS subqueries.
/// </summary>
public abstract class ListOperationHandler
{
    public abstract string Name { get; }
    public abstract string Description { get; }

    /// <summary><see cref="FilterOperand.Filter"/> (the element's filter input) or <see cref="FilterOperand.Boolean"/>.</summary>
    public virtual FilterOperand Operand => FilterOperand.Filter;

    /// <summary>The condition on <paramref name="collection"/>.</summary>
    /// <param name="value">The parsed value: the nested filter (already translated into <paramref name="predicate"/>) or a Boolean.</param>
    /// <param name="predicate">The element condition for <see cref="FilterOperand.Filter"/> operands; null when the nested filter is empty.</param>
    public abstract Expression Handle(FilterOperationContext context, Expression collection, Type elementType, object value, LambdaExpression? predicate);

    protected static Expression Any(Expression collection, Type elementType, LambdaExpression? predicate) => predicate is null
        ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], collection)
        : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], collection, predicate);
}
