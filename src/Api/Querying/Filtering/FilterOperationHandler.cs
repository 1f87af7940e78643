using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary>
/// One operator of an operation filter input (<c>eq</c>, <c>contains</c>, <c>gt</c>, …): its GraphQL field and its
/// translation into an expression over the member. One class per operator; <see cref="FilterConvention"/> says which
/// CLR types get it. Handlers are stateless and shared.
/// </summary>
public abstract class FilterOperationHandler
{
    /// <summary>Field name in the operation input, e.g. <c>eq</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Description of the field, shown in the schema.</summary>
    public abstract string Description { get; }

    /// <summary>What the field takes: one value, a list, or a Boolean.</summary>
    public virtual FilterOperand Operand => FilterOperand.Value;

    /// <summary>Whether <c>null</c> is a meaningful value (<c>eq: null</c> is IS NULL); otherwise null is an error.</summary>
    public virtual bool AcceptsNull => false;

    /// <summary>The condition on <paramref name="member"/> (an expression of the member's CLR type).</summary>
    /// <param name="value">The parsed GraphQL value; null only when <see cref="AcceptsNull"/>.</param>
    public abstract Expression Handle(FilterOperationContext context, Expression member, object? value);
}
