using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Errors;
using OpenData.Api.Http;

namespace OpenData.Api.Limits;

/// <summary>
/// Charges a bulk download to its client's budget, like a GraphQL operation: the door's point (taken by
/// <see cref="ClientBudgetRateLimiter"/>) and then 1 + ⌈rows / <see cref="LimitsOptions.DownloadRowsPerPoint"/>⌉ in
/// all, capped at the client's whole budget so that even the largest table can always be downloaded (at most once
/// per window). A 304 or a HEAD pays only the door's point: it sends no rows.
/// </summary>
public sealed class DownloadCharging(IOptions<LimitsOptions> limits, IBudgetStore store, GraphQLResponseWriter writer)
{
    /// <summary>The cost of sending <paramref name="rows"/> rows to a client whose budget is <paramref name="budget"/>.</summary>
    public long CostOf(int rows, int budget) =>
        Math.Min(budget, 1 + (rows + (long)limits.Value.DownloadRowsPerPoint - 1) / limits.Value.DownloadRowsPerPoint);

    /// <summary>
    /// Charges the download and returns true, or answers 429 (<c>OD_RATE_LIMITED</c>, <c>Retry-After</c>) and
    /// returns false when the budget cannot cover it. Free when rate limiting is off.
    /// </summary>
    public async Task<bool> ChargeAsync(HttpContext http, int rows)
    {
        if (http.Features.Get<RateLimitFeature>() is not { } feature) return true;
        var cost = CostOf(rows, feature.Client.Tier.Budget);
        feature.Cost = cost;
        if (await feature.ChargeRestAsync(store, cost)) return true;
        feature.SetRetryAfter();
        http.Response.Headers.Remove(HeaderNames.ETag); // the refusal is not the file that tag names
        await writer.WriteProblemAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            feature.RefusalMessage(cost));
        return false;
    }
}
