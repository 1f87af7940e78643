using OpenData.Api.Tests.Querying.Infrastructure;
using static OpenData.Api.Tests.Querying.Infrastructure.QueryingAssert;

namespace OpenData.Api.Tests.Querying;

/// <summary>
/// The SQL a connection runs: one command per page (two with totalCount), with WHERE, ORDER BY and LIMIT in it (so
/// nothing is filtered, sorted or paged on the client), and only the columns the selection needs.
/// </summary>
public sealed class SqlTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task A_page_without_total_count_is_one_command_with_where_order_by_and_limit(string provider)
    {
        var database = fixture[provider];
        var first = await database.ExecuteAsync("""{ cities(first: 2, where: { name: { contains: "hai", mode: INSENSITIVE } }, order: { population: DESC }) { pageInfo { endCursor } nodes { id } } }""");
        var cursor = first["data"]!["cities"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        await database.ExecuteAsync($$"""{ cities(first: 2, after: "{{cursor}}", where: { name: { contains: "hai", mode: INSENSITIVE } }, order: { population: DESC }) { nodes { id } } }""");

        var sql = Assert.Single(database.Sql.Commands);
        Assert.Contains("WHERE", sql);
        Assert.Contains("ORDER BY", sql);
        Assert.Contains("LIMIT", sql);
        Assert.Contains("test_fold", sql);
        Assert.Contains("\"Population\" <", sql); // the keyset condition, not an OFFSET
        Assert.DoesNotContain("OFFSET", sql);
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Total_count_adds_one_COUNT_and_alone_runs_only_the_COUNT(string provider)
    {
        var database = fixture[provider];
        NoErrors(await database.ExecuteAsync("""{ cities(first: 2, where: { isCapital: { eq: false } }) { totalCount nodes { id } } }"""));
        Assert.Equal(2, database.Sql.Commands.Count);
        Assert.Contains("COUNT", database.Sql.Commands[1], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("WHERE", database.Sql.Commands[1]);

        NoErrors(await database.ExecuteAsync("""{ cities(where: { isCapital: { eq: false } }) { totalCount } }"""));
        var count = Assert.Single(database.Sql.Commands);
        Assert.Contains("COUNT", count, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LIMIT", count);
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Only_the_selected_columns_the_key_and_the_sort_keys_are_read(string provider)
    {
        var database = fixture[provider];
        NoErrors(await database.ExecuteAsync("""{ cities(first: 3, order: { households: ASC }) { nodes { name } edges { node { nameEn } } } }"""));
        var select = Select(Assert.Single(database.Sql.Commands));
        foreach (var column in new[] { "\"Id\"", "\"Name\"", "\"NameEn\"", "\"Households\"" }) Assert.Contains(column, select);
        foreach (var column in new[] { "\"Gdp\"", "\"Population\"", "\"AreaKm2\"", "\"Founded\"", "\"Climate\"", "\"UpdatedAt\"" }) Assert.DoesNotContain(column, select);
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Fragments_and_declared_members_are_projected_and_skipped_fields_are_not(string provider)
    {
        var database = fixture[provider];
        var response = await database.ExecuteAsync("""
            query($skip: Boolean!) { cities(first: 100, where: { id: { eq: 2 } }) { nodes { ...F gdp @skip(if: $skip) founded @include(if: false) } } }
            fragment F on City { ... on City { label countryCode } }
            """, """{ "skip": true }""");
        NoErrors(response);
        var node = response["data"]!["cities"]!["nodes"]![0]!;
        Assert.Equal("Hải Phòng (Haiphong)", node["label"]!.GetValue<string>());
        Assert.Equal("VN", node["countryCode"]!.GetValue<string>());
        var select = Select(Assert.Single(database.Sql.Commands));
        foreach (var column in new[] { "\"Name\"", "\"NameEn\"", "\"Code\"" }) Assert.Contains(column, select);
        foreach (var column in new[] { "\"Gdp\"", "\"Founded\"", "\"Households\"", "\"Population\"" }) Assert.DoesNotContain(column, select);
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task A_declared_navigation_is_loaded_with_the_page(string provider)
    {
        var database = fixture[provider];
        var response = await database.ExecuteAsync("""{ cities(first: 100, where: { id: { in: [7, 9] } }) { nodes { id country { code nameEn } } } }""");
        NoErrors(response);
        var nodes = response["data"]!["cities"]!["nodes"]!.AsArray();
        Assert.Equal("FR", nodes.Single(n => n!["id"]!.GetValue<int>() == 7)!["country"]!["code"]!.GetValue<string>());
        Assert.Null(nodes.Single(n => n!["id"]!.GetValue<int>() == 9)!["country"]);
        Assert.Contains("JOIN", Assert.Single(database.Sql.Commands));
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task An_undeclared_field_loads_whole_rows(string provider)
    {
        var database = fixture[provider];
        var response = await database.ExecuteAsync("""{ cities(first: 100, where: { id: { eq: 1 } }) { nodes { nameLength } } }""");
        NoErrors(response);
        Assert.Equal("Hà Nội".Length, response["data"]!["cities"]!["nodes"]![0]!["nameLength"]!.GetValue<int>());
        var select = Select(Assert.Single(database.Sql.Commands));
        foreach (var column in new[] { "\"Gdp\"", "\"Population\"", "\"Households\"", "\"Founded\"" }) Assert.Contains(column, select);
    }

    /// <summary>The column list of the outermost SELECT.</summary>
    private static string Select(string sql) => sql[..sql.IndexOf("FROM", StringComparison.Ordinal)];
}
