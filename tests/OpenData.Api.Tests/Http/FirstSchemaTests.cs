using System.Net;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Http;

/// <summary>The whole path HTTP → graphql-dotnet → EF Core (SQLite, built from seed/) → JSON.</summary>
[Collection(SharedApi.Name)]
public sealed class FirstSchemaTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task The_dataset_version_is_a_hash_of_the_data()
    {
        var response = await _client.SendAsync(PostQuery("{ dataset { name version licence observations } }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dataset = (await BodyAsync(response))["data"]!["dataset"]!;
        Assert.Matches("^[0-9a-f]{16}$", dataset["version"]!.GetValue<string>());
        Assert.Contains("licence", dataset["licence"]!.GetValue<string>());
        Assert.True(dataset["observations"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Vietnamese_names_come_back_intact_in_utf8()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("{ areas { nodes { code name(lang: VI) nameEn } } }")));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Hải Phòng", text);
        Assert.Contains("Việt Nam", text);
    }
}
