using GraphQL.DataLoader;

namespace OpenData.Api.Loading;

/// <summary>
/// Collects the keys asked for while graphql-dotnet resolves one level of the tree, and fetches them all
/// with one call when the engine first asks for a result (it runs every pending
/// <see cref="IDataLoaderResult"/> only after the level is resolved). Keys asked for later make a new batch.
/// One instance per request and per kind of lookup: see <see cref="BatchLoaderRegistry"/>.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private HashSet<TKey> _pending = [];
    private Task? _inFlight;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key)) _pending.Add(key);
        }
        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task batch;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value)) return value;
                if (_inFlight is null)
                {
                    if (!_pending.Contains(key)) return default; // fetched before, and absent
                    var keys = _pending;
                    _pending = [];
                    _inFlight = FetchAsync(keys, cancellationToken);
                }
                batch = _inFlight;
            }
            await batch;
        }
    }

    private async Task FetchAsync(HashSet<TKey> keys, CancellationToken cancellationToken)
    {
        try
        {
            var values = await fetch(keys, cancellationToken);
            lock (_gate)
            {
                foreach (var (k, v) in values) _loaded[k] = v;
            }
        }
        finally
        {
            lock (_gate) _inFlight = null;
        }
    }

    /// <summary>The value when its batch has been fetched already: true for every row of a page but the first.</summary>
    private bool TryGetLoaded(TKey key, out TValue? value)
    {
        lock (_gate) return _loaded.TryGetValue(key, out value);
    }

    private sealed class Pending(BatchLoader<TKey, TValue> owner, TKey key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            owner.TryGetLoaded(key, out var value) ? Task.FromResult(value) : owner.GetAsync(key, cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            owner.TryGetLoaded(key, out var value) ? Task.FromResult<object?>(value) : Boxed(cancellationToken);

        private async Task<object?> Boxed(CancellationToken cancellationToken) => await owner.GetAsync(key, cancellationToken);
    }
}
