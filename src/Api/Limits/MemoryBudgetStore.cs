using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.RateLimiting;

namespace OpenData.Api.Limits;

/// <summary>
/// Budgets in this process: one built-in <see cref="FixedWindowRateLimiter"/> per client, replenished by us at the end
/// of its window (no timer per client) so the window's end — <c>RateLimit-Reset</c> — is known exactly.
/// Windows that ended are dropped by a sweep, so memory follows the number of recently active clients.
/// </summary>
public sealed class MemoryBudgetStore : IBudgetStore, IDisposable
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private readonly Func<ClientTier, int> _budgetOf;
    private readonly bool _fallback;
    private readonly ITimer _sweep;

    /// <param name="budgetOf">The points per window for a tier (its budget, or its fallback budget).</param>
    /// <param name="fallback">Whether decisions are marked as coming from the fallback.</param>
    public MemoryBudgetStore(Func<ClientTier, int> budgetOf, bool fallback, TimeProvider? time = null)
    {
        _budgetOf = budgetOf;
        _fallback = fallback;
        _sweep = (time ?? TimeProvider.System).CreateTimer(_ => Sweep(), null, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
    }

    /// <summary>Clients with a live window (for tests and metrics).</summary>
    public int Count => _windows.Count;

    public bool AnswersSynchronously => true;

    public ValueTask<BudgetDecision> ChargeAsync(ClientIdentity client, int points)
    {
        var budget = _budgetOf(client.Tier);
        // A charge above the whole budget can never succeed; the caller refuses those before they get here,
        // except the fallback, which takes what there is (the whole window) rather than refuse for ever.
        points = Math.Clamp(points, 0, budget);
        while (true)
        {
            var window = _windows.GetOrAdd(client.PartitionKey, static (_, arg) => new Window(arg.budget, arg.tier.Window), (budget, tier: client.Tier));
            lock (window)
            {
                if (window.Retired) continue;
                if (window.Budget != budget)
                {
                    // The same partition under another budget (configuration changed): start it afresh.
                    window.Retire();
                    _windows.TryRemove(new KeyValuePair<string, Window>(client.PartitionKey, window));
                    continue;
                }
                if (Stopwatch.GetElapsedTime(window.StartedTicks) >= window.Length) window.Renew();
                bool acquired;
                using (var lease = window.Limiter.AttemptAcquire(points)) acquired = lease.IsAcquired;
                var remaining = window.Limiter.GetStatistics()?.CurrentAvailablePermits ?? 0;
                return ValueTask.FromResult(new BudgetDecision(acquired, budget, remaining, window.EndsAt, _fallback));
            }
        }
    }

    private void Sweep()
    {
        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (window.Retired || Stopwatch.GetElapsedTime(window.StartedTicks) < window.Length) continue;
                window.Retire();
                _windows.TryRemove(new KeyValuePair<string, Window>(key, window));
            }
        }
    }

    public void Dispose()
    {
        _sweep.Dispose();
        foreach (var window in _windows.Values) lock (window) window.Retire();
        _windows.Clear();
    }

    private sealed class Window
    {
        public Window(int budget, TimeSpan length)
        {
            Budget = budget;
            Length = length;
            Limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
            {
                PermitLimit = budget,
                Window = length,
                QueueLimit = 0,
                AutoReplenishment = false,
            });
            // Taken after the limiter's own start, so when our window has ended, the limiter's has too.
            StartedTicks = Stopwatch.GetTimestamp();
            EndsAt = DateTimeOffset.UtcNow + length;
        }

        public int Budget { get; }
        public TimeSpan Length { get; }
        public FixedWindowRateLimiter Limiter { get; }
        public long StartedTicks { get; private set; }
        public DateTimeOffset EndsAt { get; private set; }
        public bool Retired { get; private set; }

        public void Renew()
        {
            Limiter.TryReplenish();
            StartedTicks = Stopwatch.GetTimestamp();
            EndsAt = DateTimeOffset.UtcNow + Length;
        }

        public void Retire()
        {
            Retired = true;
            Limiter.Dispose();
        }
    }
}
