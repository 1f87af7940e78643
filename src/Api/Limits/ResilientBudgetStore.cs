using StackExchange.Redis;

namespace OpenData.Api.Limits;

/// <summary>
/// Redis budgets with a per-replica fallback: while the multiplexer is not connected, and for
/// <see cref="RateLimitOptions.RedisRetryInterval"/> after any Redis error, budgets are kept in memory with the
/// smaller fallback budgets. A Redis outage therefore never fails a request; it is logged once (warning) when it
/// starts and once (information) when Redis answers again, and <see cref="RateLimitStoreHealthCheck"/> reports it.
/// </summary>
public sealed class ResilientBudgetStore(
    IConnectionMultiplexer redis,
    IBudgetStore primary,
    IBudgetStore fallback,
    TimeSpan retryInterval,
    ILogger<ResilientBudgetStore> logger) : IBudgetStore
{
    private readonly Lock _gate = new();
    private long _skipRedisUntil;          // Environment.TickCount64
    private DateTimeOffset? _fallbackSince;
    private string? _reason;

    /// <summary>Whether budgets are being kept per replica now (Redis unreachable or being skipped after an error).</summary>
    public bool InFallback => _fallbackSince is not null || !redis.IsConnected;

    /// <summary>Since when, and why, for the readiness report.</summary>
    public (DateTimeOffset? Since, string? Reason) FallbackState
    {
        get { lock (_gate) return (_fallbackSince, _reason ?? (redis.IsConnected ? null : "Redis is not connected")); }
    }

    public async ValueTask<BudgetDecision> ChargeAsync(ClientIdentity client, int points)
    {
        if (!redis.IsConnected)
        {
            EnterFallback("Redis is not connected", null);
            return await fallback.ChargeAsync(client, points);
        }
        if (Environment.TickCount64 < Volatile.Read(ref _skipRedisUntil))
            return await fallback.ChargeAsync(client, points);

        try
        {
            var decision = await primary.ChargeAsync(client, points);
            LeaveFallback();
            return decision;
        }
        catch (Exception ex)
        {
            // RedisConnectionException, RedisTimeoutException, RedisServerException (e.g. a script error after a
            // failover), ObjectDisposedException at shutdown...: whatever it is, the request is served locally.
            Volatile.Write(ref _skipRedisUntil, Environment.TickCount64 + (long)retryInterval.TotalMilliseconds);
            EnterFallback(ex.GetType().Name, ex);
            return await fallback.ChargeAsync(client, points);
        }
    }

    private void EnterFallback(string reason, Exception? exception)
    {
        lock (_gate)
        {
            _reason = reason;
            if (_fallbackSince is not null) return;
            _fallbackSince = DateTimeOffset.UtcNow;
        }
        logger.LogWarning(exception,
            "Rate-limit store Redis is unreachable ({Reason}): budgets are kept per replica with the fallback budgets until it answers again",
            reason);
    }

    private void LeaveFallback()
    {
        if (_fallbackSince is null) return;
        DateTimeOffset? since;
        lock (_gate)
        {
            since = _fallbackSince;
            _fallbackSince = null;
            _reason = null;
        }
        if (since is not null)
            logger.LogInformation("Rate-limit store Redis answers again after {Seconds:0.#} s: budgets are shared again",
                (DateTimeOffset.UtcNow - since.Value).TotalSeconds);
    }
}
