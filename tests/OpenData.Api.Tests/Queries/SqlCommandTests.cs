using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Queries;

/// <summary>
/// One SQL command per root field and one per kind of nested lookup and level, however many rows: never
/// one per parent row. Runs on SQLite and PostgreSQL.
/// </summary>
public sealed class SqlCommandTests
{
    public static TheoryData<StorageProvider> Providers() => TestDatabase.Providers();

    private static async Task<(ApiFactory Api, SqlCommandLog Log)> StartAsync(StorageProvider provider)
    {
        var log = new SqlCommandLog();
        var api = new ApiFactory { Provider = provider, ConfigureServices = s => s.AddSingleton<IInterceptor>(log) };
        await api.CreateClient().SendAsync(PostQuery("{ __typename }")); // builds the database before counting
        log.Clear();
        return (api, log);
    }

    private const string Nested = """
        query($n: Int!) {
          observations(first: $n) {
            nodes { value unit indicator { code } area { name parent { code } } source { code licence } platform { code } }
          }
        }
        """;

    [Theory, MemberData(nameof(Providers))]
    public async Task A_nested_page_costs_one_command_per_level_and_lookup_whatever_its_size(StorageProvider provider)
    {
        var (api, log) = await StartAsync(provider);
        await using var _ = api;
        var client = api.CreateClient();

        var counts = new List<int>();
        foreach (var size in new[] { 5, 60 })
        {
            log.Clear();
            var body = await BodyAsync(await client.SendAsync(PostQuery(Nested, new { n = size })));
            Assert.Null(body["errors"]);
            Assert.Equal(size, body["data"]!["observations"]!["nodes"]!.AsArray().Count);
            counts.Add(log.Commands.Count);
        }

        // observations; then indicator, area, source, platform; then the areas' parents: at most 6 for 60 rows,
        // where a loader per row would send hundreds. A small page may skip a lookup none of its rows needs.
        Assert.InRange(counts[1], 1, 6);
        Assert.InRange(counts[0], 1, counts[1]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ranking_changes_for_a_page_of_entries_cost_a_bounded_number_of_commands(StorageProvider provider)
    {
        var (api, log) = await StartAsync(provider);
        await using var _ = api;

        var body = await BodyAsync(await api.CreateClient().SendAsync(PostQuery(
            """{ rankings(first: 50) { totalCount nodes { rank previousRank rankChange previousEntry { source { code } } edition { year index { code } } area { code } source { code } } } }""")));

        Assert.Null(body["errors"]);
        // rankings + COUNT; edition, area, source, the areas' entries; the editions' indices; previous entries' sources.
        Assert.InRange(log.Commands.Count, 2, 8);
    }

    /// <summary>Regression: an area's entries are read with their edition, index and source, and those fields then
    /// sent three more queries for rows already in hand.</summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task Latest_rankings_with_edition_index_and_source_cost_two_commands(StorageProvider provider)
    {
        var (api, log) = await StartAsync(provider);
        await using var _ = api;

        var body = await BodyAsync(await api.CreateClient().SendAsync(PostQuery(
            """{ area(code: "VNM") { latestRankings { rank previousRank edition { year index { code name } } source { code licence } } } }""")));

        Assert.Null(body["errors"]);
        var entries = body["data"]!["area"]!["latestRankings"]!.AsArray();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty((string?)e!["edition"]!["index"]!["code"])));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty((string?)e!["source"]!["licence"])));
        // The area by code, then its entries with edition, index and source in one command.
        Assert.Equal(2, log.Commands.Count);
    }

    /// <summary>Regression: a literal code compiled a new EF query per distinct code, a cheap way to burn CPU.</summary>
    [Fact]
    public async Task A_lookup_by_code_sends_the_code_as_a_parameter()
    {
        var (api, log) = await StartAsync(StorageProvider.Sqlite);
        await using var _ = api;
        await api.CreateClient().SendAsync(PostQuery("{ area(code: \"VN-HP\") { code } }"));
        var sql = Assert.Single(log.Commands);
        Assert.DoesNotContain("VN-HP", sql);
        Assert.Contains("@", sql);
    }

    /// <summary>Regression: the parents' keys were inlined, so every new set of parents compiled a new EF query.</summary>
    [Theory, MemberData(nameof(Providers))]
    public async Task Children_are_fetched_with_their_parents_keys_as_parameters(StorageProvider provider)
    {
        var (api, log) = await StartAsync(provider);
        await using var _ = api;
        var client = api.CreateClient();

        var texts = new List<string>();
        foreach (var code in new[] { "VNM", "WLD" })
        {
            log.Clear();
            var body = await BodyAsync(await client.SendAsync(PostQuery($$"""{ area(code: "{{code}}") { code children { code } } }""")));
            Assert.Equal(code, (string?)body["data"]!["area"]!["code"]);
            // The lookup by code, then the children.
            Assert.Equal(2, log.Commands.Count);
            texts.Add(log.Commands[1]);
        }
        Assert.Equal(texts[0], texts[1]);
    }

    [Fact]
    public async Task The_sql_of_two_representative_queries_is_pinned()
    {
        var (api, log) = await StartAsync(StorageProvider.Sqlite);
        await using var _ = api;
        var client = api.CreateClient();

        await client.SendAsync(PostQuery("""
            { observations(first: 10, where: { indicator: { code: { eq: "DIGITAL_ECONOMY_GDP_SHARE" } }, status: { in: [ACTUAL, ESTIMATE] } }, order: [{ periodStart: DESC }]) { nodes { value status period { text } } } }
            """));
        var filtered = string.Join("\n;\n", log.Commands);
        log.Clear();
        await client.SendAsync(PostQuery("""
            { areas(where: { nameVi: { contains: "hai phong", mode: INSENSITIVE } }) { nodes { code name } } }
            """));
        var folded = string.Join("\n;\n", log.Commands);

        // Everything happens in SQL: the filter, the order, the page size, and only the selected columns.
        Assert.Contains("WHERE", filtered);
        Assert.Contains("ORDER BY", filtered);
        Assert.Contains("LIMIT", filtered);
        Assert.DoesNotContain("\"Note\"", filtered);
        Assert.Contains("od_fold", folded);
        Snapshot.Match(filtered, SnapshotNameExtension.Create("observations_filtered_ordered_paged"));
        Snapshot.Match(folded, SnapshotNameExtension.Create("areas_accent_insensitive"));
    }
}
