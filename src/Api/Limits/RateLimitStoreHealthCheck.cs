using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Limits;

/// <summary>
/// Readiness of the budget store, registered as "rate-limit-store": Healthy with the in-memory store or a connected
/// Redis; Degraded (the API still serves, with per-replica fallback budgets) while Redis is unreachable. Never
/// Unhealthy: a Redis outage must not take replicas out of the load balancer.
/// </summary>
public sealed class RateLimitStoreHealthCheck(IOptions<RateLimitOptions> options, IServiceProvider services) : IHealthCheck
{
    public const string Name = "rate-limit-store";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        if (!o.Enabled) return Task.FromResult(HealthCheckResult.Healthy("Rate limiting is off."));
        if (o.Store == RateLimitStore.Memory)
            return Task.FromResult(HealthCheckResult.Healthy("In-memory budgets (each replica keeps its own).",
                new Dictionary<string, object> { ["store"] = "memory" }));

        var store = services.GetRequiredService<IBudgetStore>() as ResilientBudgetStore;
        if (store is null || !store.InFallback)
            return Task.FromResult(HealthCheckResult.Healthy("Redis budgets, shared by every replica.",
                new Dictionary<string, object> { ["store"] = "redis" }));

        var (since, reason) = store.FallbackState;
        var data = new Dictionary<string, object> { ["store"] = "redis", ["fallback"] = true };
        if (since is not null) data["since"] = since.Value.UtcDateTime.ToString("O");
        if (reason is not null) data["reason"] = reason;
        return Task.FromResult(HealthCheckResult.Degraded(
            "Redis is unreachable: budgets are kept per replica with the fallback budgets (RateLimit:FallbackBudget) until it answers again.",
            data: data));
    }
}
