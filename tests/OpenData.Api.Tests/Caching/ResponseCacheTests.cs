using System.Net;
using GraphQL.DI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Data.Import;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Caching;

public sealed class ResponseCacheTests
{
    private const string Query = """{ area(code: "VNM") { latestRankings { rank score edition { year index { code } } } } }""";

    private static ApiFactory ApiCounting(ExecutionCounter counter)
    {
        var api = new ApiFactory { ConfigureServices = s => s.AddSingleton<IConfigureExecution>(counter) };
        api.Settings["ResponseCache:VersionCheckInterval"] = "00:00:00";
        return api;
    }

    [Fact]
    public async Task A_repeated_query_is_served_from_the_cache_without_executing()
    {
        var counter = new ExecutionCounter();
        await using var api = ApiCounting(counter);
        var client = api.CreateClient();

        var first = await client.SendAsync(Get("query=" + Encode(Query)));
        var second = await client.SendAsync(Get("query=" + Encode(Query)));
        var third = await client.SendAsync(PostQuery(Query));

        Assert.Equal(1, counter.Executions);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstBody = await BodyAsync(first);
        var secondBody = await BodyAsync(second);
        Assert.Equal(firstBody["data"]!.ToJsonString(), secondBody["data"]!.ToJsonString());
        Assert.Equal(firstBody["data"]!.ToJsonString(), (await BodyAsync(third))["data"]!.ToJsonString());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_no_cache_request_is_executed_and_answered_but_not_stored()
    {
        var counter = new ExecutionCounter();
        await using var api = ApiCounting(counter);
        var client = api.CreateClient();
        HttpRequestMessage Fresh()
        {
            var request = Get("query=" + Encode(Query));
            request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
            return request;
        }

        var fresh = await client.SendAsync(Fresh());
        var plain = await client.SendAsync(Get("query=" + Encode(Query)));
        var again = await client.SendAsync(Get("query=" + Encode(Query)));
        var freshAgain = await client.SendAsync(Fresh());

        Assert.Equal(3, counter.Executions);
        Assert.Equal(["MISS", "MISS", "HIT", "MISS"], new[] { fresh, plain, again, freshAgain }.Select(r => r.Headers.GetValues("X-Cache").Single()));
        // The same answer and validator whichever way it was made.
        Assert.Equal(fresh.Headers.ETag, again.Headers.ETag);
        Assert.Equal((await BodyAsync(fresh))["data"]!.ToJsonString(), (await BodyAsync(again))["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Each_set_of_variables_is_its_own_cache_entry_over_GET_and_POST()
    {
        var counter = new ExecutionCounter();
        await using var api = ApiCounting(counter);
        var client = api.CreateClient();
        const string query = "query Area($code: String!) { area(code: $code) { code } }";

        async Task<string?> CodeAsync(HttpRequestMessage request) => (string?)(await BodyAsync(await client.SendAsync(request)))["data"]!["area"]!["code"];

        Assert.Equal("VNM", await CodeAsync(PostQuery(query, variables: new { code = "VNM" })));
        Assert.Equal("WLD", await CodeAsync(PostQuery(query, variables: new { code = "WLD" })));
        Assert.Equal(2, counter.Executions);
        // The same variables, as a GET sends them: served from the cache.
        Assert.Equal("VNM", await CodeAsync(Get("query=" + Encode(query) + "&variables=" + Encode("""{"code":"VNM"}"""))));
        Assert.Equal("WLD", await CodeAsync(Get("query=" + Encode(query) + "&variables=" + Encode("""{"code":"WLD"}"""))));
        Assert.Equal(2, counter.Executions);
    }

    [Fact]
    public async Task Stored_and_served_answers_carry_their_exact_length_and_this_requests_extensions()
    {
        await using var api = ApiCounting(new ExecutionCounter());
        var client = api.CreateClient();

        var miss = await client.SendAsync(Get("query=" + Encode(Query)));
        var hit = await client.SendAsync(Get("query=" + Encode(Query)));

        Assert.Equal("MISS", miss.Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", hit.Headers.GetValues("X-Cache").Single());
        foreach (var answer in new[] { miss, hit })
        {
            var bytes = await answer.Content.ReadAsByteArrayAsync();
            // NonValidated: the header as the server sent it (the ContentLength property would compute one).
            Assert.True(answer.Content.Headers.NonValidated.TryGetValues("Content-Length", out var length), "Content-Length is sent");
            Assert.Equal(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), length.ToString());
            var body = System.Text.Json.Nodes.JsonNode.Parse(bytes)!;
            Assert.Equal(71, (int)body["data"]!["area"]!["latestRankings"]!.AsArray()
                .Single(r => (string?)r!["edition"]!["index"]!["code"] == "EGDI" && (int)r["edition"]!["year"]! == 2024)!["rank"]!);
            Assert.True((long)body["extensions"]!["cost"]! > 0);
        }
        // Each answer states the budget left after its own charge.
        var remainingAfterMiss = (long)(await BodyAsync(miss))["extensions"]!["remaining"]!;
        var remainingAfterHit = (long)(await BodyAsync(hit))["extensions"]!["remaining"]!;
        Assert.True(remainingAfterHit < remainingAfterMiss);
    }

    [Fact]
    public async Task A_matching_If_None_Match_is_304_without_a_body()
    {
        await using var api = ApiCounting(new ExecutionCounter());
        var client = api.CreateClient();
        var first = await client.SendAsync(Get("query=" + Encode(Query)));
        Assert.NotNull(first.Headers.ETag);
        Assert.Contains("max-age=60", first.Headers.CacheControl!.ToString());
        Assert.True(first.Headers.CacheControl!.Public);

        var again = Get("query=" + Encode(Query));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task Errors_are_never_cached()
    {
        var counter = new ExecutionCounter();
        await using var api = ApiCounting(counter);
        var client = api.CreateClient();
        const string failing = """{ observations(first: 2, after: "bad") { totalCount } }""";

        var first = await client.SendAsync(Get("query=" + Encode(failing)));
        var second = await client.SendAsync(Get("query=" + Encode(failing)));

        Assert.Equal(2, counter.Executions);
        Assert.Null(second.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task An_import_changes_the_dataset_version_and_so_every_cached_answer()
    {
        var counter = new ExecutionCounter();
        await using var api = ApiCounting(counter);
        var client = api.CreateClient();
        const string entries = """{ rankings(where: { area: { code: { eq: "VNM" } } }) { totalCount nodes { score } } }""";
        var before = await client.SendAsync(Get("query=" + Encode(entries)));
        Assert.DoesNotContain("99.74", await before.Content.ReadAsStringAsync());

        var file = Path.Combine(Path.GetTempPath(), $"gci_2024_{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, """
            country,legal,technical,organizational,capacity,cooperation,gci,iso3,year
            Viet Nam,20.0,20.0,20.0,19.74051696149844,20.0,99.74051696149844,VNM,2024
            """);
        await using (var db = new OpenDataDbContext(StorageSetup.BuildOptions(new StorageOptions { ConnectionString = $"Data Source={api.DatabaseFile}" })))
            await ImportRunner.RunAsync(db, "gci2024", file, ImportContext.ForSeedFolder(RepositoryPaths.Seed), null, CancellationToken.None);

        var after = await client.SendAsync(Get("query=" + Encode(entries)));

        Assert.Equal(2, counter.Executions);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("99.74", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_for_per_client_fields_is_not_cached()
    {
        var counter = new ExecutionCounter();
        await using var api = ApiCounting(counter);
        var client = api.CreateClient();
        const string perClient = "{ rateLimit { remaining } dataset { version } }";

        await client.SendAsync(Get("query=" + Encode(perClient)));
        await client.SendAsync(Get("query=" + Encode(perClient)));

        Assert.Equal(2, counter.Executions);
    }
}

public sealed class ResponseCacheRateLimitTests
{
    [Fact]
    public async Task A_cached_answer_still_charges_the_rate_limit_and_a_429_is_never_cached()
    {
        await using var api = new ApiFactory();
        api.Settings["RateLimit:Anonymous:Budget"] = "30";
        var client = api.CreateClient();
        const string query = """{ area(code: "VNM") { code nameEn } }""";

        var remaining = new List<long>();
        HttpResponseMessage response;
        do
        {
            response = await client.SendAsync(Get("query=" + Encode(query)));
            if (response.StatusCode == HttpStatusCode.OK)
                remaining.Add((await BodyAsync(response))["extensions"]!["remaining"]!.GetValue<long>());
        } while (response.StatusCode == HttpStatusCode.OK && remaining.Count < 50);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(remaining.Count >= 3, "several answers fit in the budget");
        var step = remaining[0] - remaining[1];
        Assert.True(step > 0);
        // Every hit after the first costs what the first execution cost.
        Assert.All(remaining.Zip(remaining.Skip(1)), pair => Assert.Equal(step, pair.First - pair.Second));
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("OD_RATE_LIMITED", FirstErrorCode(await BodyAsync(response)));
    }
}
