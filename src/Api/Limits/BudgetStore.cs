namespace OpenData.Api.Limits;

/// <summary>The outcome of charging points against a client's budget.</summary>
/// <param name="Acquired">Whether the points were taken (false: the budget has fewer left; nothing was taken).</param>
/// <param name="Limit">The budget of the window that answered (the fallback budget during a Redis outage).</param>
/// <param name="Remaining">Points left in the window after this charge.</param>
/// <param name="ResetAt">When the window ends and the whole budget is back.</param>
/// <param name="Fallback">Answered by the per-replica fallback because the shared store is unreachable.</param>
public sealed record BudgetDecision(bool Acquired, long Limit, long Remaining, DateTimeOffset ResetAt, bool Fallback = false)
{
    /// <summary>Whole seconds until the window resets, never negative.</summary>
    public long SecondsToReset(DateTimeOffset now) => Math.Max(0, (long)Math.Ceiling((ResetAt - now).TotalSeconds));
}

/// <summary>Keeps budgets and charges points against them. Never throws for an unreachable store.</summary>
public interface IBudgetStore
{
    /// <summary>Takes <paramref name="points"/> (at most the tier's budget; 0 only reads) from the client's current window.</summary>
    ValueTask<BudgetDecision> ChargeAsync(ClientIdentity client, int points);

    /// <summary>True when <see cref="ChargeAsync"/> always completes at once (in memory): the rate limiter may then
    /// charge on its synchronous path.</summary>
    bool AnswersSynchronously => false;
}
