using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary>Rewrites a lambda's body onto another expression: <c>a => a.Code</c> applied to <c>x.Parent</c> is <c>x.Parent.Code</c>.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Apply(LambdaExpression lambda, Expression instance) =>
        new ParameterReplacer(lambda.Parameters[0], instance).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
}
