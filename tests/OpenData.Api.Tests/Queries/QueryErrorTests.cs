using System.Net;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Queries;

[Collection(SharedApi.Name)]
public sealed class QueryErrorTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("unknown filter field", """{ areas(where: { population: { gt: 1 } }) { totalCount } }""", HttpStatusCode.BadRequest, null, "population")]
    [InlineData("wrong operator type", """{ areas(where: { code: { gt: 5 } }) { totalCount } }""", HttpStatusCode.BadRequest, null, "gt")]
    [InlineData("page size over the maximum", """{ observations(first: 1001) { totalCount } }""", HttpStatusCode.OK, "OD_PAGE_SIZE", "1000")]
    [InlineData("a bad cursor", """{ observations(first: 2, after: "not-a-cursor") { totalCount } }""", HttpStatusCode.OK, "OD_INVALID_CURSOR", "cursor")]
    [InlineData("first and last together", """{ observations(first: 2, last: 2) { totalCount } }""", HttpStatusCode.OK, "OD_PAGING_ARGUMENTS", "last")]
    [InlineData("a negative page size", """{ observations(first: -1) { totalCount } }""", HttpStatusCode.OK, "OD_PAGING_ARGUMENTS", "first")]
    [InlineData("an ID this API did not issue", """{ node(id: "bm9wZQ") { id } }""", HttpStatusCode.OK, "OD_INVALID_ID", "ID")]
    public async Task A_bad_query_is_a_clear_error_with_a_stable_code_never_a_500(string because, string query, HttpStatusCode status, string? code, string mentioned)
    {
        var response = await _client.SendAsync(PostQuery(query));
        var body = await BodyAsync(response);
        Assert.True(status == response.StatusCode, $"{because}: {body}");
        var error = body["errors"]![0]!;
        Assert.Contains(mentioned, error["message"]!.GetValue<string>());
        if (code is not null) Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        else Assert.NotNull(error["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_rejected()
    {
        var page = await BodyAsync(await _client.SendAsync(PostQuery("""{ observations(first: 2, order: [{ value: DESC }]) { pageInfo { endCursor } } }""")));
        var cursor = page["data"]!["observations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var body = await BodyAsync(await _client.SendAsync(PostQuery($$"""{ observations(first: 2, after: "{{cursor}}") { totalCount } }""")));
        Assert.Equal("OD_INVALID_CURSOR", FirstErrorCode(body));
    }

    [Fact]
    public async Task An_id_of_a_row_that_does_not_exist_is_null_not_an_error_and_answers_at_once()
    {
        // Was a busy loop on SQLite, whose fetches complete synchronously: the request never answered.
        var areas = await BodyAsync(await _client.SendAsync(PostQuery("""{ areas(first: 1) { nodes { id } } }""")));
        var known = areas["data"]!["areas"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var missing = global::OpenData.Api.Schema.GlobalId.Encode("Area", 999_999);

        var response = await _client.SendAsync(PostQuery(
            """query($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { id } node(id: $one) { id } }""",
            new { ids = new[] { known, missing }, one = missing })).WaitAsync(TimeSpan.FromSeconds(30));
        var body = await BodyAsync(response);

        Assert.Null(body["errors"]);
        Assert.Null(body["data"]!["node"]);
        var nodes = body["data"]!["nodes"]!.AsArray();
        Assert.Equal(known, nodes[0]!["id"]!.GetValue<string>());
        Assert.Null(nodes[1]);
    }

    [Fact]
    public async Task Node_ids_round_trip_through_node_and_nodes()
    {
        var areas = await BodyAsync(await _client.SendAsync(PostQuery("""{ areas(first: 2) { nodes { id code } } }""")));
        var ids = areas["data"]!["areas"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        var body = await BodyAsync(await _client.SendAsync(PostQuery(
            """query($ids: [ID!]!, $one: ID!) { nodes(ids: $ids) { id ... on Area { code } } node(id: $one) { __typename id } }""",
            new { ids, one = ids[0] })));
        Assert.Null(body["errors"]);
        Assert.Equal(ids, body["data"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal("Area", body["data"]!["node"]!["__typename"]!.GetValue<string>());
    }
}
