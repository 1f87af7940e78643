using System.Linq.Expressions;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenData.Api.Querying;
using OpenData.Api.Tests.Querying.Infrastructure;

namespace OpenData.Api.Tests.Querying;

/// <summary>An operator is one handler added to a convention; the lower-level pieces work without a GraphQL field.</summary>
public sealed class ExtensionTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    /// <summary>The example of docs/querying.md, "Adding an operator".</summary>
    private sealed class StringNotContainsHandler : StringOperationHandler
    {
        public override string Name => "notContains";
        public override string Description => "Does not contain the value (see `mode`); a missing value matches.";

        public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
            Expression.OrElse(Expression.Equal(member, Expression.Constant(null, typeof(string))),
                Expression.Not(CallStringMethod(context, member, value!, nameof(string.Contains))));
    }

    private static readonly QueryDescriptor<City> Cities = new QueryDescriptor<City>("ExtendedCity",
            FilterConvention.Default.AddOperation(typeof(string), new StringNotContainsHandler()))
        .Key(c => c.Id)
        .Filter(c => c.NameEn, "nameEn", "English name.")
        .Sort(c => c.Population, "population", "Population.");

    [Fact]
    public void An_added_operator_appears_in_the_operation_input()
    {
        var input = new QueryGraphTypes().FilterInput(Cities).GetField("nameEn")!.ResolvedType as IInputObjectGraphType;
        Assert.Equal(["eq", "neq", "in", "nin", "contains", "startsWith", "endsWith", "notContains", "mode"], input!.Fields.Select(f => f.Name));
        Assert.DoesNotContain("notContains", FilterConvention.Default.Resolve(typeof(string)).Handlers.Select(h => h.Name));
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task An_added_operator_filters_in_SQL_through_ApplyWhere_and_ApplyOrder(string provider)
    {
        var database = fixture[provider];
        database.Sql.Clear();
        var options = database.Services.GetRequiredService<IOptions<QueryingOptions>>().Value;
        await using var db = await database.Services.GetRequiredService<IDbContextFactory<QueryingTestDbContext>>().CreateDbContextAsync();
        var where = new Dictionary<string, object?>
        {
            ["nameEn"] = new Dictionary<string, object?> { ["notContains"] = "HA", ["mode"] = StringMatchMode.Insensitive },
        };
        var ids = await db.Cities.ApplyWhere(Cities, where, options)
            .ApplyOrder(Cities, [new SortItem(("population", SortDirection.Descending))])
            .Select(c => c.Id).ToListAsync();
        // Not containing "ha" once folded: every city but Hanoi and Haiphong (a missing name matches); nulls first.
        Assert.Equal([4, 8, 5, 7, 6, 3, 9], ids);
        Assert.Contains("test_fold", Assert.Single(database.Sql.Commands));
    }
}
