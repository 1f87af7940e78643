using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Limits;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Limits;

/// <summary>An API with a tiny anonymous budget (10 points per 3 s), one API key and one trusted proxy.</summary>
public sealed class SmallBudgetApi : IDisposable
{
    public const string UniversityKey = "test-key-university-0001";

    public ApiFactory Api { get; } = LimitsApi.Create(new Dictionary<string, string?>
    {
        ["RateLimit:Anonymous:Budget"] = "10",
        ["RateLimit:Anonymous:Window"] = "00:00:03",
        ["RateLimit:ApiKeys:0:Name"] = "University",
        ["RateLimit:ApiKeys:0:Key"] = UniversityKey,
        ["RateLimit:ApiKeys:0:Budget"] = "1000",
        ["RateLimit:TrustedProxies:0"] = "10.0.0.1",
    });

    public void Dispose() => Api.Dispose();
}

/// <summary>Per-client budgets in memory: headers, the 429, reset and recovery, isolation, API keys, proxies, cost.</summary>
public sealed class RateLimitTests(SmallBudgetApi fixture) : IClassFixture<SmallBudgetApi>
{
    private readonly HttpClient _client = fixture.Api.CreateClient();

    private static long Header(HttpResponseMessage response, string name) =>
        long.Parse(response.Headers.GetValues(name).Single());

    private Task<HttpResponseMessage> TypenameAsync(string client, string accept = GraphQLResponse) =>
        _client.SendAsync(PostQuery("{ __typename }", accept: accept).From(client));

    [Fact]
    public async Task Successful_responses_carry_the_RateLimit_headers()
    {
        var first = await TypenameAsync("192.0.2.1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(10, Header(first, "RateLimit-Limit"));
        Assert.Equal(9, Header(first, "RateLimit-Remaining"));
        Assert.InRange(Header(first, "RateLimit-Reset"), 0, 3);
        Assert.Equal("10;w=3", first.Headers.GetValues("RateLimit-Policy").Single());
        var second = await TypenameAsync("192.0.2.1");
        Assert.Equal(8, Header(second, "RateLimit-Remaining"));
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_spent_budget_is_429_with_Retry_After_headers_and_a_GraphQL_error_then_recovers_after_the_reset(string accept)
    {
        var client = accept == Json ? "192.0.2.2" : "192.0.2.3";
        for (var i = 0; i < 10; i++) Assert.Equal(HttpStatusCode.OK, (await TypenameAsync(client, accept)).StatusCode);

        var refused = await TypenameAsync(client, accept);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(accept, MediaType(refused));
        var retryAfter = long.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 3);
        Assert.Equal(10, Header(refused, "RateLimit-Limit"));
        Assert.Equal(0, Header(refused, "RateLimit-Remaining"));
        var body = await BodyAsync(refused);
        Assert.False(body.ContainsKey("data"));
        Assert.Equal("OD_RATE_LIMITED", FirstErrorCode(body));
        var message = body["errors"]![0]!["message"]!.GetValue<string>();
        Assert.Contains("10 points per 3 s", message);
        Assert.Contains("RateLimit:Anonymous:Budget", message);

        await Task.Delay(TimeSpan.FromSeconds(retryAfter) + TimeSpan.FromMilliseconds(200));
        var recovered = await TypenameAsync(client, accept);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(9, Header(recovered, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Two_clients_share_no_budget()
    {
        for (var i = 0; i < 11; i++) await TypenameAsync("192.0.2.4");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TypenameAsync("192.0.2.4")).StatusCode);
        var other = await TypenameAsync("192.0.2.5");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(9, Header(other, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task IPv6_clients_share_a_budget_per_64_prefix()
    {
        await TypenameAsync("2001:db8:1:2::1");
        var sibling = await TypenameAsync("2001:db8:1:2:ffff::9");
        Assert.Equal(8, Header(sibling, "RateLimit-Remaining"));
        var elsewhere = await TypenameAsync("2001:db8:1:3::1");
        Assert.Equal(9, Header(elsewhere, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task An_API_key_has_its_own_higher_budget_and_an_unknown_key_is_401_charged_to_the_address()
    {
        var request = PostQuery("{ __typename }").From("192.0.2.6");
        request.Headers.Add("X-API-Key", SmallBudgetApi.UniversityKey);
        var keyed = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Equal(1000, Header(keyed, "RateLimit-Limit"));

        var wrong = PostQuery("{ __typename }").From("192.0.2.6");
        wrong.Headers.Add("X-API-Key", "not-a-key-of-this-server");
        var refused = await _client.SendAsync(wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("OD_INVALID_API_KEY", FirstErrorCode(await BodyAsync(refused)));
        Assert.Equal(9, Header(refused, "RateLimit-Remaining")); // the address paid for it
    }

    [Fact]
    public async Task Many_keys_and_many_anonymous_clients_cannot_drain_a_key()
    {
        // The key's budget is not touched by anonymous traffic from the same address.
        for (var i = 0; i < 12; i++) await TypenameAsync("192.0.2.7");
        var request = PostQuery("{ rateLimit { limit remaining } }").From("192.0.2.7");
        request.Headers.Add("X-API-Key", SmallBudgetApi.UniversityKey);
        var keyed = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.Equal(1000, (await BodyAsync(keyed))["data"]!["rateLimit"]!["limit"]!.GetValue<int>());
    }

    [Fact]
    public async Task X_Forwarded_For_counts_only_from_a_trusted_proxy()
    {
        var viaProxy = PostQuery("{ __typename }").From("10.0.0.1");
        viaProxy.Headers.Add("X-Forwarded-For", "198.51.100.1");
        Assert.Equal(9, Header(await _client.SendAsync(viaProxy), "RateLimit-Remaining"));
        var direct = await TypenameAsync("198.51.100.1");
        Assert.Equal(8, Header(direct, "RateLimit-Remaining")); // same client as the forwarded one

        for (var i = 0; i < 3; i++)
        {
            var spoofed = PostQuery("{ __typename }").From("198.51.100.2");
            spoofed.Headers.Add("X-Forwarded-For", $"203.0.113.{i}");
            Assert.Equal(9 - i, Header(await _client.SendAsync(spoofed), "RateLimit-Remaining")); // still charged to the peer
        }
    }

    [Fact]
    public async Task The_cost_is_charged_reported_in_extensions_and_in_the_rateLimit_field()
    {
        var response = await _client.SendAsync(PostQuery("{ dataset { version observations } rateLimit { limit cost remaining resetAt } }").From("192.0.2.8"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        // dataset + version + observations = 3 points; rateLimit costs nothing.
        Assert.Equal(3, body["extensions"]!["cost"]!.GetValue<long>());
        Assert.Equal(7, body["extensions"]!["remaining"]!.GetValue<long>());
        Assert.Equal(10, body["extensions"]!["limit"]!.GetValue<long>());
        var rateLimit = body["data"]!["rateLimit"]!;
        Assert.Equal(10, rateLimit["limit"]!.GetValue<int>());
        Assert.Equal(3, rateLimit["cost"]!.GetValue<int>());
        Assert.Equal(7, rateLimit["remaining"]!.GetValue<int>());
        var resetAt = DateTimeOffset.Parse(rateLimit["resetAt"]!.GetValue<string>());
        Assert.InRange(resetAt, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddSeconds(4));
        Assert.Equal(7, Header(response, "RateLimit-Remaining"));

        var alone = await BodyAsync(await _client.SendAsync(PostQuery("{ rateLimit { cost remaining } }").From("192.0.2.8")));
        Assert.Equal(1, alone["data"]!["rateLimit"]!["cost"]!.GetValue<int>()); // only the point every request pays
        Assert.Equal(6, alone["data"]!["rateLimit"]!["remaining"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_operation_costing_more_than_what_remains_is_429_and_one_costing_more_than_the_budget_is_400()
    {
        for (var i = 0; i < 7; i++) await TypenameAsync("192.0.2.9");
        // 3 points left: an operation costing 4 is refused after validation, with the cost in the message.
        var refused = await _client.SendAsync(PostQuery("{ dataset { version observations areas } }").From("192.0.2.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        var body = await BodyAsync(refused);
        Assert.Equal("OD_RATE_LIMITED", FirstErrorCode(body));
        Assert.Contains("costs 4 points", body["errors"]![0]!["message"]!.GetValue<string>());

        var never = await _client.SendAsync(PostQuery("{ areas { nodes { code } } }").From("192.0.2.10")); // 1 + 1 + 50 = 52 > 10
        Assert.Equal(HttpStatusCode.BadRequest, never.StatusCode);
        var neverBody = await BodyAsync(never);
        Assert.Equal("OD_COST_EXCEEDS_BUDGET", FirstErrorCode(neverBody));
        Assert.Contains("52 points", neverBody["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_that_fail_before_validation_are_charged_one_point()
    {
        for (var i = 0; i < 3; i++)
        {
            var garbage = await _client.SendAsync(Post("{not json").From("192.0.2.11"));
            Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
            Assert.Equal(9 - i, Header(garbage, "RateLimit-Remaining"));
        }
        var wrongType = await _client.SendAsync(Post("x", contentType: "text/plain").From("192.0.2.11"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal(6, Header(wrongType, "RateLimit-Remaining"));
    }

    [Fact]
    public async Task Health_endpoints_are_not_rate_limited()
    {
        for (var i = 0; i < 15; i++)
        {
            var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/healthz").From("192.0.2.12"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("RateLimit-Limit"));
        }
    }
}

/// <summary>Bulk downloads pay from the same budget as GraphQL operations: the door's point, then one per ten rows.</summary>
public sealed class DownloadRateLimitTests(SmallBudgetApi fixture) : IClassFixture<SmallBudgetApi>
{
    private readonly HttpClient _client = fixture.Api.CreateClient();

    private static long Remaining(HttpResponseMessage response) => long.Parse(response.Headers.GetValues("RateLimit-Remaining").Single());

    private Task<HttpResponseMessage> GetAsync(string path, string client, string? ifNoneMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path).From(client);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return _client.SendAsync(request);
    }

    private async Task<int> RowsAsync(string table)
    {
        var index = JsonNode.Parse(await (await GetAsync("/downloads", "192.0.2.200")).Content.ReadAsStringAsync())!;
        return (int)index["tables"]!.AsArray().Single(t => (string?)t!["name"] == table)!["rows"]!;
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 2)]
    [InlineData(10, 2)]
    [InlineData(11, 3)]
    [InlineData(1_000_000, 10)] // never more than the whole budget: every table can be downloaded
    public void The_cost_of_a_download_is_one_plus_a_point_per_ten_rows_capped_at_the_budget(int rows, long cost)
    {
        var charging = fixture.Api.Services.GetRequiredService<DownloadCharging>();
        Assert.Equal(cost, charging.CostOf(rows, budget: 10));
    }

    [Fact]
    public async Task A_download_costs_one_point_per_ten_rows_and_a_304_only_the_doors_point()
    {
        var rows = await RowsAsync("areas");
        var areas = await GetAsync("/downloads/areas.csv", "192.0.2.201");
        Assert.Equal(HttpStatusCode.OK, areas.StatusCode);
        Assert.Equal(10 - (1 + (rows + 9) / 10), Remaining(areas));

        var again = await GetAsync("/downloads/areas.csv", "192.0.2.201", ifNoneMatch: areas.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(Remaining(areas) - 1, Remaining(again));
    }

    [Fact]
    public async Task Downloading_the_whole_budgets_worth_of_rows_leaves_nothing_and_the_next_download_is_429()
    {
        var rows = await RowsAsync("observations");
        Assert.True(1 + (rows + 9) / 10 >= 10, "the seed's observations cost the whole test budget");
        var whole = await GetAsync("/downloads/observations.json", "192.0.2.202");
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(0, Remaining(whole));

        var refused = await GetAsync("/downloads/sources.csv", "192.0.2.202");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Null(refused.Headers.ETag);
        Assert.Equal("OD_RATE_LIMITED", FirstErrorCode(JsonNode.Parse(await refused.Content.ReadAsStringAsync())!.AsObject()));
    }
}
