using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Persisted;

public sealed class PersistedOperationTests
{
    private const string Query = """{ area(code: "VNM") { latestRankings { rank edition { year index { code } } } } }""";

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string ApqExtensions(string hash) => Encode(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } }));

    [Fact]
    public async Task Apq_answers_not_found_then_registers_the_text_then_serves_the_hash_over_GET()
    {
        await using var api = new ApiFactory();
        var client = api.CreateClient();
        var hash = Sha256(Query);

        var unknown = await client.SendAsync(Get($"extensions={ApqExtensions(hash)}", Json));
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        var unknownBody = await BodyAsync(unknown);
        Assert.Equal("PersistedQueryNotFound", unknownBody["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", FirstErrorCode(unknownBody));

        var register = await client.SendAsync(Get($"query={Encode(Query)}&extensions={ApqExtensions(hash)}", Json));
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        var registered = (await BodyAsync(register))["data"]!.ToJsonString();

        var hit = await client.SendAsync(Get($"extensions={ApqExtensions(hash)}", Json));
        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal(registered, (await BodyAsync(hit))["data"]!.ToJsonString());
        Assert.Contains("\"rank\":71", registered);
    }

    [Fact]
    public async Task Apq_with_a_hash_that_is_not_the_texts_is_refused_and_not_registered()
    {
        await using var api = new ApiFactory();
        var client = api.CreateClient();
        var wrong = Sha256("{ __typename }");

        var response = await client.SendAsync(Get($"query={Encode(Query)}&extensions={ApqExtensions(wrong)}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", FirstErrorCode(await BodyAsync(response)));

        var lookup = await client.SendAsync(Get($"extensions={ApqExtensions(wrong)}"));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", FirstErrorCode(await BodyAsync(lookup)));
    }

    /// <summary>Regression: a non-numeric version was converted with Convert.ToInt32 and answered an opaque FORMAT error.</summary>
    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("{\"a\":1}")]
    [InlineData("2")]
    public async Task Apq_with_a_version_other_than_1_is_not_supported_with_a_clear_code(string version)
    {
        await using var api = new ApiFactory();
        var body = "{\"extensions\":{\"persistedQuery\":{\"version\":" + version + ",\"sha256Hash\":\"" + Sha256(Query) + "\"}}}";
        var response = await api.CreateClient().SendAsync(Post(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", FirstErrorCode(await BodyAsync(response)));
    }

    private static async Task<ApiFactory> WithManifestAsync(bool allowOnly)
    {
        var manifest = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [$"sha256:{Sha256(Query)}"] = Query }));
        var api = new ApiFactory();
        api.Settings["PersistedOperations:ManifestPath"] = manifest;
        api.Settings["PersistedOperations:AllowOnlyPersisted"] = allowOnly ? "true" : "false";
        return api;
    }

    [Fact]
    public async Task A_trusted_document_runs_by_its_id_over_GET()
    {
        await using var api = await WithManifestAsync(allowOnly: true);
        var response = await api.CreateClient().SendAsync(Get($"documentId=sha256:{Sha256(Query)}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"rank\":71", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_allow_list_mode_an_unknown_id_and_a_plain_query_are_refused()
    {
        await using var api = await WithManifestAsync(allowOnly: true);
        var client = api.CreateClient();

        var unknown = await client.SendAsync(Get($"documentId=sha256:{Sha256("{ __typename }")}"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("DOCUMENT_NOT_FOUND", FirstErrorCode(await BodyAsync(unknown)));

        var plain = await client.SendAsync(PostQuery("{ __typename }"));
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Equal("DOCUMENT_ID_MISSING", FirstErrorCode(await BodyAsync(plain)));

        var apq = await client.SendAsync(Get($"extensions={ApqExtensions(Sha256(Query))}"));
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", FirstErrorCode(await BodyAsync(apq)));
    }

    [Fact]
    public async Task Outside_allow_list_mode_trusted_ids_and_plain_queries_both_run()
    {
        await using var api = await WithManifestAsync(allowOnly: false);
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Get($"documentId=sha256:{Sha256(Query)}"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(PostQuery("{ __typename }"))).StatusCode);
    }

    [Fact]
    public async Task A_manifest_whose_hash_is_not_its_text_stops_the_server_at_start()
    {
        var manifest = Path.Combine(Path.GetTempPath(), $"trusted-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [$"sha256:{Sha256("{ x }")}"] = Query }));
        await using var api = new ApiFactory();
        api.Settings["PersistedOperations:ManifestPath"] = manifest;
        var error = await Record.ExceptionAsync(() => api.CreateClient().SendAsync(Get($"query={Encode(Query)}")));
        Assert.NotNull(error);
        Assert.Contains("not the SHA-256", error.ToString());
    }
}
