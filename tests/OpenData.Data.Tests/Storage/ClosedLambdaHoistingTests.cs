using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Storage;

/// <summary>
/// A query executor's nested lambdas that need nothing of their surroundings are compiled once into constants;
/// the others are left as they are, and what the executor computes does not change.
/// </summary>
public sealed class ClosedLambdaHoistingTests
{
    public static TheoryData<StorageProvider> Providers() => TestDatabase.Providers();

    private static int Apply(Func<int, int> f, int value) => f(value);
    private static int Describe(Expression<Func<int, int>> f, int value) => f.Compile()(value) * 100;

    private static readonly ParameterExpression X = Expression.Parameter(typeof(int), "x");
    private static readonly ParameterExpression Y = Expression.Parameter(typeof(int), "y");

    private static Expression<Func<int, int>> Root(Expression body) => Expression.Lambda<Func<int, int>>(body, X);

    private static System.Reflection.MethodInfo Helper(string name) =>
        typeof(ClosedLambdaHoistingTests).GetMethod(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static MethodCallExpression CallApply(LambdaExpression f) => Expression.Call(Helper(nameof(Apply)), f, X);

    [Fact]
    public void A_closed_nested_lambda_becomes_its_compiled_delegate()
    {
        var root = Root(CallApply(Expression.Lambda<Func<int, int>>(Expression.Add(Y, Expression.Constant(1)), Y)));

        var hoisted = (Expression<Func<int, int>>)ClosedLambdaHoister.HoistNested(root);

        var argument = Assert.IsAssignableFrom<MethodCallExpression>(hoisted.Body).Arguments[0];
        Assert.IsType<Func<int, int>>(Assert.IsAssignableFrom<ConstantExpression>(argument).Value);
        Assert.Equal(root.Compile()(41), hoisted.Compile()(41));
        Assert.Equal(42, hoisted.Compile()(41));
    }

    [Fact]
    public void A_lambda_that_reads_an_outer_parameter_stays_nested()
    {
        var root = Root(CallApply(Expression.Lambda<Func<int, int>>(Expression.Add(Y, X), Y)));

        var hoisted = (Expression<Func<int, int>>)ClosedLambdaHoister.HoistNested(root);

        Assert.IsAssignableFrom<LambdaExpression>(Assert.IsAssignableFrom<MethodCallExpression>(hoisted.Body).Arguments[0]);
        Assert.Equal(10, hoisted.Compile()(5));
    }

    [Fact]
    public void A_lambda_that_reads_a_variable_of_an_enclosing_block_stays_nested()
    {
        var v = Expression.Variable(typeof(int), "v");
        var inner = Expression.Lambda<Func<int, int>>(Expression.Multiply(Y, v), Y);
        var root = Root(Expression.Block([v], Expression.Assign(v, Expression.Constant(3)), CallApply(inner)));

        var hoisted = (Expression<Func<int, int>>)ClosedLambdaHoister.HoistNested(root);

        var call = Assert.IsAssignableFrom<MethodCallExpression>(Assert.IsAssignableFrom<BlockExpression>(hoisted.Body).Expressions[^1]);
        Assert.IsAssignableFrom<LambdaExpression>(call.Arguments[0]);
        Assert.Equal(21, hoisted.Compile()(7));
    }

    [Fact]
    public void A_quoted_lambda_and_a_lambda_invoked_in_place_stay_lambdas()
    {
        var quoted = Expression.Call(Helper(nameof(Describe)), Expression.Quote(Expression.Lambda<Func<int, int>>(Expression.Add(Y, Expression.Constant(1)), Y)), X);
        var invoked = Expression.Invoke(Expression.Lambda<Func<int, int>>(Expression.Multiply(Y, Expression.Constant(2)), Y), X);
        var root = Root(Expression.Add(quoted, invoked));

        var hoisted = (Expression<Func<int, int>>)ClosedLambdaHoister.HoistNested(root);

        var sum = Assert.IsAssignableFrom<BinaryExpression>(hoisted.Body);
        Assert.Equal(ExpressionType.Quote, Assert.IsAssignableFrom<MethodCallExpression>(sum.Left).Arguments[0].NodeType);
        Assert.IsAssignableFrom<LambdaExpression>(Assert.IsAssignableFrom<InvocationExpression>(sum.Right).Expression);
        Assert.Equal(400 + 6, hoisted.Compile()(3));
    }

    [Fact]
    public void The_root_lambda_is_never_replaced()
    {
        var root = Root(Expression.Add(X, Expression.Constant(1)));

        Assert.IsAssignableFrom<LambdaExpression>(ClosedLambdaHoister.HoistNested(root));
    }

#pragma warning disable EF9100 // reading which constant processor the context was given
    [Theory, MemberData(nameof(Providers))]
    public async Task Every_provider_compiles_its_queries_with_the_hoisting_processor(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await db.Database.EnsureCreatedAsync();
        db.Areas.Add(new Area { Code = "VNM", Kind = AreaKind.Country, NameEn = "Viet Nam" });
        await db.SaveChangesAsync();

        Assert.IsType<ClosedLambdaHoistingConstantProcessor>(db.GetService<ILiftableConstantProcessor>());
        // A query whose shaper converts a stored value (the kind) reads the same as before, twice over one executor.
        var lookup = EF.CompileAsyncQuery((OpenDataDbContext c, string code) => c.Areas.FirstOrDefault(a => a.Code == code));
        for (var i = 0; i < 2; i++)
        {
            var area = await lookup(db, "VNM");
            Assert.NotNull(area);
            Assert.Equal((AreaKind.Country, "Viet Nam"), (area.Kind, area.NameEn));
            Assert.Null(await lookup(db, "WLD"));
        }
    }
#pragma warning restore EF9100
}
