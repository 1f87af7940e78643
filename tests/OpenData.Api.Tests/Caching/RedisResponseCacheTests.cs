using System.Net;
using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Api.Tests.Limits;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Caching;

/// <summary>ResponseCache:Store=Redis: replicas share answers, so a query executed on one is a hit on the other.</summary>
public sealed class RedisResponseCacheTests
{
    private static ApiFactory Replica(string redis, ExecutionCounter counter)
    {
        var api = new ApiFactory { ConfigureServices = s => s.AddSingleton<IConfigureExecution>(counter) };
        api.Settings["ResponseCache:Store"] = "Redis";
        api.Settings["ResponseCache:Redis"] = redis;
        return api;
    }

    [RedisFact]
    public async Task An_answer_stored_by_one_replica_is_served_by_another_with_its_own_charge()
    {
        var redis = RedisSupport.RequireAddress();
        var first = new ExecutionCounter();
        var second = new ExecutionCounter();
        await using var a = Replica(redis, first);
        await using var b = Replica(redis, second);
        // Entries outlive a test run in a shared Redis: an operation name of this run's own makes a key of its own.
        var query = $"query Run{Guid.NewGuid():N} {{ area(code: \"VNM\") {{ code name latestRankings {{ rank edition {{ year index {{ code }} }} }} }} }}";

        var miss = await a.CreateClient().SendAsync(Get("query=" + Encode(query)));
        var hit = await b.CreateClient().SendAsync(Get("query=" + Encode(query)));

        Assert.Equal(HttpStatusCode.OK, hit.StatusCode);
        Assert.Equal((1, 0), (first.Executions, second.Executions));
        Assert.Equal("MISS", miss.Headers.GetValues("X-Cache").Single());
        Assert.Equal("HIT", hit.Headers.GetValues("X-Cache").Single());
        Assert.Equal(miss.Headers.ETag, hit.Headers.ETag);
        var missBody = await BodyAsync(miss);
        var hitBody = await BodyAsync(hit);
        Assert.Equal(missBody["data"]!.ToJsonString(), hitBody["data"]!.ToJsonString());
        // The hit charged its own client on its own replica what executing cost.
        Assert.Equal((long)missBody["extensions"]!["cost"]!, (long)hitBody["extensions"]!["cost"]!);
        Assert.Equal((long)missBody["extensions"]!["remaining"]!, (long)hitBody["extensions"]!["remaining"]!);
    }
}
