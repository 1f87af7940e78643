using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Data.Storage;

#pragma warning disable EF9100 // The constant processor is EF Core's experimental query API; EF Core is pinned to 10.0.x.
/// <summary>
/// EF Core's last step before it compiles a query's executor, extended to compile the executor's nested lambdas
/// that use nothing of the executor (the shaper that reads a row, the command resolver) once, into constants.
/// Left nested, System.Linq.Expressions binds a new delegate to each of them on every execution
/// (<c>DynamicMethod.CreateDelegate</c>): in a <c>perf</c> profile of the uncached lookup by code, 4 % of the
/// request's CPU. A lambda that reads a variable of its surroundings stays where it is.
/// </summary>
internal sealed class ClosedLambdaHoistingConstantProcessor(
    ShapedQueryCompilingExpressionVisitorDependencies dependencies,
    RelationalShapedQueryCompilingExpressionVisitorDependencies relationalDependencies,
    RelationalCommandBuilderDependencies commandBuilderDependencies)
    : RelationalLiftableConstantProcessor(dependencies, relationalDependencies, commandBuilderDependencies)
{
    public override Expression InlineConstants(Expression expression, bool supportsPrecompiledQuery) =>
        ClosedLambdaHoister.HoistNested(base.InlineConstants(expression, supportsPrecompiledQuery));
}

/// <summary>Replaces every closed lambda below the root (the executor itself) with its compiled delegate.</summary>
internal sealed class ClosedLambdaHoister : ExpressionVisitor
{
    public static Expression HoistNested(Expression expression)
    {
        var hoister = new ClosedLambdaHoister();
        return expression is LambdaExpression root ? hoister.VisitBodyOf(root) : hoister.Visit(expression);
    }

    /// <summary>The lambda itself kept, its body visited.</summary>
    private LambdaExpression VisitBodyOf(LambdaExpression lambda) =>
        Expression.Lambda(lambda.Type, Visit(lambda.Body), lambda.Name, lambda.TailCall, lambda.Parameters);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        // Innermost first, so a hoisted lambda does not carry nested lambdas that could have been hoisted themselves.
        var visited = VisitBodyOf(node);
        return FreeVariables.Any(visited) ? visited : Expression.Constant(visited.Compile(), visited.Type);
    }

    // A lambda invoked where it stands is inlined by the compiler: there is no delegate to save.
    protected override Expression VisitInvocation(InvocationExpression node) =>
        node.Expression is LambdaExpression lambda ? node.Update(VisitBodyOf(lambda), Visit(node.Arguments)) : base.VisitInvocation(node);

    // A quoted lambda is an expression tree handed to a method as data, not code to compile.
    protected override Expression VisitUnary(UnaryExpression node) =>
        node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);

    /// <summary>Whether a lambda reads a parameter or variable declared outside it.</summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];
        private readonly HashSet<ParameterExpression> _used = [];

        public static bool Any(LambdaExpression lambda)
        {
            var finder = new FreeVariables();
            finder.Visit(lambda);
            return !finder._used.IsSubsetOf(finder._declared);
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override CatchBlock VisitCatchBlock(CatchBlock node)
        {
            if (node.Variable is not null) _declared.Add(node.Variable);
            return base.VisitCatchBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _used.Add(node);
            return node;
        }
    }
}

internal static class ClosedLambdaHoistingSetup
{
    public static DbContextOptionsBuilder HoistClosedLambdas(this DbContextOptionsBuilder builder) =>
        builder.ReplaceService<ILiftableConstantProcessor, ClosedLambdaHoistingConstantProcessor>();
}
#pragma warning restore EF9100
