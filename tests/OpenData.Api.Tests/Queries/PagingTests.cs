using System.Text.Json.Nodes;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Queries;

[Collection(SharedApi.Name)]
public sealed class PagingTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    private async Task<JsonNode> ConnectionAsync(string arguments)
    {
        var body = await BodyAsync(await _client.SendAsync(PostQuery(
            $$"""{ observations({{arguments}}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }""")));
        Assert.Null(body["errors"]);
        return body["data"]!["observations"]!;
    }

    private static IEnumerable<string> Ids(JsonNode page) => page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>());

    [Theory]
    [InlineData("")]
    [InlineData("order: [{ periodStart: DESC }, { value: ASC }]")]
    [InlineData("order: [{ indicator: { code: ASC } }, { area: { nameEn: DESC } }]")]
    public async Task Paging_forwards_and_backwards_sees_every_observation_exactly_once(string order)
    {
        var sep = order.Length == 0 ? "" : ", ";
        var total = (await ConnectionAsync($"first: 1{sep}{order}"))["totalCount"]!.GetValue<int>();
        Assert.True(total > 50);

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = await ConnectionAsync($"first: 7{sep}{order}" + (after is null ? "" : $", after: \"{after}\""));
            forwards.AddRange(Ids(page));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);

        var backwards = new List<string>();
        string? before = null;
        do
        {
            var page = await ConnectionAsync($"last: 7{sep}{order}" + (before is null ? "" : $", before: \"{before}\""));
            backwards.InsertRange(0, Ids(page));
            before = page["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>() ? page["pageInfo"]!["startCursor"]!.GetValue<string>() : null;
        } while (before is not null);

        Assert.Equal(total, forwards.Count);
        Assert.Equal(total, forwards.Distinct().Count());
        Assert.Equal(forwards, backwards);
    }
}
