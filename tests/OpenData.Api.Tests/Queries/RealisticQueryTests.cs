using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using Snapshooter;
using Snapshooter.Xunit;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Queries;

[Collection(SharedApi.Name)]
public sealed class RealisticQueryTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [MemberData(nameof(RealisticQueries.All), MemberType = typeof(RealisticQueries))]
    public async Task Realistic_query_answers_match_their_snapshot(string name, string query)
    {
        var response = await _client.SendAsync(PostQuery(query));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        using var document = JsonDocument.Parse(text);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), text);

        // Only the data: extensions carry this client's budget, which changes with every request.
        var pretty = JsonSerializer.Serialize(document.RootElement.GetProperty("data"), new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Snapshot.Match(pretty, SnapshotNameExtension.Create(name));
    }
}
