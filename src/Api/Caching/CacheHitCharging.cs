using OpenData.Api.Errors;
using OpenData.Api.Limits;

namespace OpenData.Api.Caching;

/// <summary>A cached answer costs what executing it cost: the rate limit sees no difference.</summary>
public sealed class CacheHitCharging(IBudgetStore store)
{
    public enum Outcome { Serve, Refused, Execute }

    /// <summary>
    /// Charges <paramref name="cost"/> less what the door already took. A cost beyond what this client's tier may
    /// spend at once is left to normal execution, whose error explains it.
    /// </summary>
    public async ValueTask<(Outcome Outcome, string? Message)> ChargeAsync(HttpContext http, long cost)
    {
        var feature = http.Features.Get<RateLimitFeature>();
        if (feature is null) return (Outcome.Serve, null);
        if (cost > feature.Client.Tier.Budget || cost > feature.Client.Tier.MaxCost) return (Outcome.Execute, null);
        feature.Cost = cost;
        if (await feature.ChargeRestAsync(store, cost)) return (Outcome.Serve, null);
        feature.SetRetryAfter();
        return (Outcome.Refused, feature.RefusalMessage(cost));
    }
}
