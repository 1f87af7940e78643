using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Limits;

/// <summary>Budgets in Redis (RateLimit:Store=Redis): shared by replicas, and a Redis outage never fails a request.</summary>
public sealed class RedisRateLimitTests
{
    private static Dictionary<string, string?> RedisSettings(string address, string prefix, int budget) => new()
    {
        ["RateLimit:Store"] = "Redis",
        ["RateLimit:Redis"] = address,
        ["RateLimit:KeyPrefix"] = prefix,
        ["RateLimit:Anonymous:Budget"] = budget.ToString(),
        ["RateLimit:Anonymous:Window"] = "00:01:00",
        ["RateLimit:ApiKeys:0:Name"] = "University",
        ["RateLimit:ApiKeys:0:Key"] = "test-key-university-redis",
        ["RateLimit:ApiKeys:0:Budget"] = "500",
    };

    private static long Header(HttpResponseMessage response, string name) => long.Parse(response.Headers.GetValues(name).Single());

    [RedisFact]
    public async Task Two_servers_on_one_Redis_share_each_clients_budget()
    {
        var redis = RedisSupport.RequireAddress();
        var prefix = RedisSupport.UniquePrefix();
        using var first = LimitsApi.Create(RedisSettings(redis, prefix, 6));
        using var second = LimitsApi.Create(RedisSettings(redis, prefix, 6));
        var a = first.CreateClient();
        var b = second.CreateClient();

        // 3 points on the first server (dataset + version + observations), then 1 + 1 on the second.
        var costly = await a.SendAsync(PostQuery("{ dataset { version observations } }").From("192.0.2.50"));
        Assert.Equal(HttpStatusCode.OK, costly.StatusCode);
        Assert.Equal(3, Header(costly, "RateLimit-Remaining"));
        Assert.Equal(2, Header(await b.SendAsync(PostQuery("{ __typename }").From("192.0.2.50")), "RateLimit-Remaining"));
        Assert.Equal(1, Header(await a.SendAsync(PostQuery("{ __typename }").From("192.0.2.50")), "RateLimit-Remaining"));
        Assert.Equal(0, Header(await b.SendAsync(PostQuery("{ __typename }").From("192.0.2.50")), "RateLimit-Remaining"));

        // Spent on both: each server refuses, with the shared numbers.
        foreach (var client in new[] { a, b })
        {
            var refused = await client.SendAsync(PostQuery("{ __typename }").From("192.0.2.50"));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("OD_RATE_LIMITED", FirstErrorCode(await BodyAsync(refused)));
            Assert.InRange(long.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 61);
        }

        // Another client, and an API key, have budgets of their own.
        Assert.Equal(5, Header(await b.SendAsync(PostQuery("{ __typename }").From("192.0.2.51")), "RateLimit-Remaining"));
        var keyed = PostQuery("{ rateLimit { limit remaining } }").From("192.0.2.50");
        keyed.Headers.Add("X-API-Key", "test-key-university-redis");
        var keyedResponse = await a.SendAsync(keyed);
        Assert.Equal(HttpStatusCode.OK, keyedResponse.StatusCode);
        Assert.Equal(500, (await BodyAsync(keyedResponse))["data"]!["rateLimit"]!["limit"]!.GetValue<int>());
    }

    [RedisFact]
    public async Task With_Redis_stopped_the_API_serves_with_the_fallback_budget_says_so_in_readyz_and_recovers()
    {
        RedisSupport.RequireAddress(); // CI provides redis-server; this test starts its own so it can stop it
        using var server = new OwnRedisServer();
        server.Start();
        var logs = new CapturedLogs();
        var settings = RedisSettings(server.Address, RedisSupport.UniquePrefix(), 100);
        settings["RateLimit:FallbackBudget"] = "3";
        settings["RateLimit:RedisRetryInterval"] = "00:00:01";
        using var api = LimitsApi.Create(settings, logs);
        var client = api.CreateClient();

        var before = await client.SendAsync(PostQuery("{ __typename }").From("192.0.2.60"));
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(100, Header(before, "RateLimit-Limit"));
        Assert.Equal("Healthy", (await ReadinessAsync(client))["checks"]!["rate-limit-store"]!["status"]!.GetValue<string>());

        server.Stop();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await client.SendAsync(PostQuery("{ __typename }").From("192.0.2.60"));
            statuses.Add(response.StatusCode);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(3, Header(response, "RateLimit-Limit")); // the per-replica fallback budget
            Assert.Equal(2 - i, Header(response, "RateLimit-Remaining"));
        }
        var refused = await client.SendAsync(PostQuery("{ __typename }").From("192.0.2.60"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("fallback", (await BodyAsync(refused))["errors"]![0]!["message"]!.GetValue<string>());

        var readiness = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, readiness.StatusCode); // degraded, still serving
        var ready = JsonNode.Parse(await readiness.Content.ReadAsStringAsync())!;
        Assert.Equal("Degraded", ready["status"]!.GetValue<string>());
        Assert.Equal("Degraded", ready["checks"]!["rate-limit-store"]!["status"]!.GetValue<string>());
        Assert.Contains(logs.AtLeast(LogLevel.Warning), e => e.Category.EndsWith("ResilientBudgetStore", StringComparison.Ordinal) && e.Message.Contains("unreachable"));
        Assert.DoesNotContain(logs.AtLeast(LogLevel.Error), e => e.Category.StartsWith("OpenData", StringComparison.Ordinal));

        // Redis back (empty: no persistence): budgets are shared again.
        server.Start();
        var deadline = DateTime.UtcNow.AddSeconds(40);
        long limit = 0;
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.SendAsync(PostQuery("{ __typename }").From("192.0.2.61"));
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            limit = Header(response, "RateLimit-Limit");
            if (limit == 100) break;
            await Task.Delay(500);
        }
        Assert.Equal(100, limit);
        Assert.Equal("Healthy", (await ReadinessAsync(client))["status"]!.GetValue<string>());
    }

    private static async Task<JsonNode> ReadinessAsync(HttpClient client) =>
        JsonNode.Parse(await (await client.GetAsync("/readyz")).Content.ReadAsStringAsync())!;
}
