using System.Text.Json.Nodes;
using OpenData.Api.Tests.Querying.Infrastructure;
using static OpenData.Api.Tests.Querying.Infrastructure.QueryingAssert;

namespace OpenData.Api.Tests.Querying;

/// <summary>Keyset paging: forwards and backwards through every row exactly once, with ties and null sort keys.</summary>
public sealed class PagingTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    public static TheoryData<string, string, int[]> Orders => QueryingFixture.WithProviders(SortingTests.Orders.Append(("[]", [])));

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Paging_forwards_sees_each_row_once_in_order(string provider, string order, int[] expected)
    {
        var database = fixture[provider];
        var all = expected.Length > 0 ? expected : Ids(await database.ExecuteAsync($$"""{ cities(first: 100, order: {{order}}) { nodes { id } } }"""));
        foreach (var size in new[] { 1, 2, 4 })
        {
            var seen = new List<int>();
            string? after = null;
            for (var page = 0; ; page++)
            {
                Assert.True(page < 20, "paging does not end");
                var afterArgument = after is null ? "" : $", after: \"{after}\"";
                var connection = Connection(await database.ExecuteAsync($$"""
                    { cities(first: {{size}}{{afterArgument}}, order: {{order}}) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
                    """));
                var edges = connection["edges"]!.AsArray();
                seen.AddRange(edges.Select(e => e!["node"]!["id"]!.GetValue<int>()));
                var pageInfo = connection["pageInfo"]!;
                Assert.Equal(after is not null, pageInfo["hasPreviousPage"]!.GetValue<bool>());
                Assert.Equal(edges[0]!["cursor"]!.GetValue<string>(), pageInfo["startCursor"]!.GetValue<string>());
                Assert.Equal(edges[^1]!["cursor"]!.GetValue<string>(), pageInfo["endCursor"]!.GetValue<string>());
                if (!pageInfo["hasNextPage"]!.GetValue<bool>()) break;
                after = pageInfo["endCursor"]!.GetValue<string>();
            }
            Assert.Equal(all, seen);
        }
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task Paging_backwards_sees_each_row_once_in_order(string provider, string order, int[] expected)
    {
        var database = fixture[provider];
        var all = expected.Length > 0 ? expected : Ids(await database.ExecuteAsync($$"""{ cities(first: 100, order: {{order}}) { nodes { id } } }"""));
        foreach (var size in new[] { 1, 3 })
        {
            var seen = new List<int>();
            string? before = null;
            for (var page = 0; ; page++)
            {
                Assert.True(page < 20, "paging does not end");
                var beforeArgument = before is null ? "" : $", before: \"{before}\"";
                var connection = Connection(await database.ExecuteAsync($$"""
                    { cities(last: {{size}}{{beforeArgument}}, order: {{order}}) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor } } }
                    """));
                seen.InsertRange(0, connection["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<int>()));
                var pageInfo = connection["pageInfo"]!;
                Assert.Equal(before is not null, pageInfo["hasNextPage"]!.GetValue<bool>());
                if (!pageInfo["hasPreviousPage"]!.GetValue<bool>()) break;
                before = pageInfo["startCursor"]!.GetValue<string>();
            }
            Assert.Equal(all, seen);
        }
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task After_and_before_together_bound_a_window(string provider)
    {
        var database = fixture[provider];
        // population ASC: 9, 3, 2, 6, 7, 1, 5, 4, 8
        var edges = Connection(await database.ExecuteAsync("""{ cities(first: 100, order: { population: ASC }) { edges { cursor } } }"""))["edges"]!.AsArray();
        string Cursor(int index) => edges[index]!["cursor"]!.GetValue<string>();
        var forwards = await database.ExecuteAsync($$"""{ cities(first: 2, after: "{{Cursor(1)}}", before: "{{Cursor(6)}}", order: { population: ASC }) { nodes { id } pageInfo { hasNextPage } } }""");
        Assert.Equal([2, 6], Ids(forwards));
        Assert.True(Connection(forwards)["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var backwards = await database.ExecuteAsync($$"""{ cities(last: 10, after: "{{Cursor(1)}}", before: "{{Cursor(6)}}", order: { population: ASC }) { nodes { id } pageInfo { hasPreviousPage } } }""");
        Assert.Equal([2, 6, 7, 1], Ids(backwards));
        Assert.False(Connection(backwards)["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Without_first_or_last_the_configured_default_page_size_applies(string provider)
    {
        var response = await fixture[provider].ExecuteAsync("""{ cities { nodes { id } pageInfo { hasNextPage } } }""");
        Assert.Equal(QueryingDatabase.DefaultPageSize, Ids(response).Length);
        Assert.True(Connection(response)["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task First_zero_returns_no_rows_and_says_whether_there_are_any(string provider)
    {
        var response = await fixture[provider].ExecuteAsync("""{ cities(first: 0) { nodes { id } pageInfo { hasNextPage startCursor endCursor } } }""");
        Assert.Empty(Ids(response));
        var pageInfo = Connection(response)["pageInfo"]!;
        Assert.True(pageInfo["hasNextPage"]!.GetValue<bool>());
        Assert.Null(pageInfo["startCursor"]);
        Assert.Null(pageInfo["endCursor"]);
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Total_count_counts_every_row_matching_where_regardless_of_the_page(string provider)
    {
        var response = await fixture[provider].ExecuteAsync("""{ cities(first: 2, where: { population: { gt: 0 } }) { totalCount nodes { id } } }""");
        Assert.Equal(6, Connection(response)["totalCount"]!.GetValue<int>());
        Assert.Equal(2, Ids(response).Length);
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task A_connection_nested_under_a_node_pages_its_own_rows(string provider)
    {
        var response = await fixture[provider].ExecuteAsync("""
            { countries(first: 10) { nodes { code cities(first: 2, order: { population: DESC }) { totalCount nodes { id } } } } }
            """);
        NoErrors(response);
        var countries = response["data"]!["countries"]!["nodes"]!.AsArray();
        Assert.Equal(["EG", "FR", "VN"], countries.Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal([[], [8, 7], [4, 5]], countries.Select(c => c!["cities"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<int>()).ToArray()));
        Assert.Equal([0, 2, 6], countries.Select(c => c!["cities"]!["totalCount"]!.GetValue<int>()));
    }

    private static JsonNode Connection(JsonObject response, string field = "cities")
    {
        NoErrors(response);
        return response["data"]![field]!;
    }
}
