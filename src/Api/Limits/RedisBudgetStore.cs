using RedisRateLimiting;
using StackExchange.Redis;

namespace OpenData.Api.Limits;

/// <summary>
/// Budgets in Redis, shared by every replica: RedisRateLimiting's <see cref="RedisFixedWindowRateLimiter{TKey}"/>, whose
/// Lua script charges <c>permitCount</c> atomically and reports the count and the window's end. A limiter is a few
/// objects around the shared <see cref="IConnectionMultiplexer"/>, so one is made per charge; the state is in Redis.
/// Throws <see cref="RedisException"/> and friends when Redis is unreachable: wrap it in <see cref="ResilientBudgetStore"/>.
/// </summary>
public sealed class RedisBudgetStore(IConnectionMultiplexer redis, string keyPrefix) : IBudgetStore
{
    public async ValueTask<BudgetDecision> ChargeAsync(ClientIdentity client, int points)
    {
        var tier = client.Tier;
        points = Math.Clamp(points, 0, tier.Budget);
        // The package keys its entries rl:fw:{<partition>}; the tier's window is part of the key so a changed window starts afresh.
        var partition = $"{keyPrefix}:{client.PartitionKey}:{(long)tier.Window.TotalSeconds}";
        var limiter = new RedisFixedWindowRateLimiter<string>(partition, new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis,
            PermitLimit = tier.Budget,
            Window = tier.Window,
        });
        using var lease = await limiter.AcquireAsync(points);
        var remaining = lease.TryGetMetadata(RateLimitMetadataName.Remaining, out var left) ? left : 0;
        // The package reports the window's end as a Unix time in seconds.
        var resetAt = lease.TryGetMetadata(RateLimitMetadataName.Reset, out var reset)
            ? DateTimeOffset.FromUnixTimeSeconds(reset)
            : DateTimeOffset.UtcNow + tier.Window;
        return new BudgetDecision(lease.IsAcquired, tier.Budget, remaining, resetAt);
    }
}
