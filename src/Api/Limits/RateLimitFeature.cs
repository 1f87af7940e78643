using System.Globalization;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Http;

namespace OpenData.Api.Limits;

/// <summary>
/// The rate-limit state of one request, kept in <see cref="HttpContext.Features"/> and passed to graphql-dotnet in
/// <c>RequestContext.RateLimit</c>: who pays, what was charged, and the latest answer of the store. The
/// <c>RateLimit-*</c> response headers are written as the response starts, from the latest answer, so they describe
/// the state after this request however many charges it took.
/// </summary>
public sealed class RateLimitFeature
{
    public const string LimitHeader = "RateLimit-Limit";
    public const string RemainingHeader = "RateLimit-Remaining";
    public const string ResetHeader = "RateLimit-Reset";
    public const string PolicyHeader = "RateLimit-Policy";

    private readonly HttpResponse _response;

    public RateLimitFeature(HttpResponse response, ClientIdentity client)
    {
        _response = response;
        Client = client;
        // Once, at the start, rather than at every charge: a cache hit is charged twice (the door, then the rest).
        response.OnStarting(static state =>
        {
            ((RateLimitFeature)state).WriteHeaders();
            return Task.CompletedTask;
        }, this);
    }

    public ClientIdentity Client { get; }

    /// <summary>Points taken from the budget for this request so far (1 at the door, the rest of the cost after validation).</summary>
    public long Charged { get; private set; }

    /// <summary>The operation's cost as the complexity analyzer computed it (rounded up), when it got that far;
    /// also handed to the request log (<see cref="GraphQLRequestLogFeature.Cost"/>).</summary>
    public long? Cost
    {
        get;
        set
        {
            field = value;
            _response.HttpContext.Features.Get<GraphQLRequestLogFeature>()?.Cost = value;
        }
    }

    /// <summary>The store's latest answer.</summary>
    public BudgetDecision? Last { get; private set; }

    /// <summary>Records a charge of <paramref name="points"/>.</summary>
    public void Record(BudgetDecision decision, int points)
    {
        Last = decision;
        if (decision.Acquired) Charged += points;
    }

    private void WriteHeaders()
    {
        if (Last is not { } decision) return;
        var headers = _response.Headers;
        headers[LimitHeader] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers[RemainingHeader] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[ResetHeader] = decision.SecondsToReset(DateTimeOffset.UtcNow).ToString(CultureInfo.InvariantCulture);
        headers[PolicyHeader] = Client.Tier.Policy(decision.Limit);
    }

    /// <summary>
    /// Charges what an operation of <paramref name="cost"/> points owes beyond what this request has paid already
    /// (the door's point); false when the budget cannot cover it, in which case nothing more was taken.
    /// </summary>
    public async ValueTask<bool> ChargeRestAsync(IBudgetStore store, long cost)
    {
        var extra = cost - Charged;
        if (extra <= 0) return true;
        var decision = await store.ChargeAsync(Client, (int)extra);
        Record(decision, (int)extra);
        return decision.Acquired;
    }

    /// <summary>Sets <c>Retry-After</c> (whole seconds, at least 1) for a refusal.</summary>
    public void SetRetryAfter()
    {
        if (_response.HasStarted || Last is null) return;
        _response.Headers[HeaderNames.RetryAfter] = Math.Max(1, Last.SecondsToReset(DateTimeOffset.UtcNow)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The refusal message: names the budget, its setting and when it comes back.</summary>
    public string RefusalMessage(long? wanted = null)
    {
        var decision = Last;
        var seconds = decision is null ? 0 : Math.Max(1, decision.SecondsToReset(DateTimeOffset.UtcNow));
        var budget = decision is { Fallback: true }
            ? $"the per-replica fallback budget of {decision.Limit} points per {Client.Tier.Window.TotalSeconds:0.###} s (the shared rate-limit store is unreachable)"
            : $"the budget of {Client.Tier.Describe()} ({Client.Tier.Setting}, {Client.Tier.Name})";
        var need = wanted is null ? "" : $" This operation costs {wanted} points and {decision?.Remaining ?? 0} remain.";
        return $"Rate limit exceeded: this client has spent {budget}.{need} The budget resets in {seconds} s.";
    }
}
