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
    private readonly Dictionary<TKey, Pending> _results = [];
    private List<Pending> _pending = []; // asked for, and in no fetch yet

    /// <summary>The result for <paramref name="key"/>: one per key and request, shared by every row that names it.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_results.TryGetValue(key, out var result))
            {
                _results[key] = result = new Pending(this, key);
                if (!_loaded.ContainsKey(key)) _pending.Add(result);
            }
            return result;
        }
    }

    private async Task<TValue?> GetAsync(Pending result, CancellationToken cancellationToken)
    {
        Task batch;
        lock (_gate)
        {
            if (_loaded.TryGetValue(result.Key, out var value)) return value;
            batch = result.Batch ?? FetchPending(cancellationToken);
        }
        await batch;
        lock (_gate) return _loaded.GetValueOrDefault(result.Key);
    }

    /// <summary>Starts one fetch for every key asked for and in no fetch yet (under the lock).</summary>
    private Task FetchPending(CancellationToken cancellationToken)
    {
        var batch = _pending;
        _pending = [];
        var fetched = FetchAsync([.. batch.Select(r => r.Key)], cancellationToken);
        foreach (var r in batch) r.Batch = fetched;
        return fetched;
    }

    private async Task FetchAsync(TKey[] keys, CancellationToken cancellationToken)
    {
        var values = await fetch(keys, cancellationToken);
        lock (_gate)
        {
            foreach (var (k, v) in values) _loaded[k] = v;
        }
    }

    /// <summary>The value when its batch has been fetched already: true for every row of a page but the first.</summary>
    private bool TryGetLoaded(TKey key, out TValue? value)
    {
        lock (_gate) return _loaded.TryGetValue(key, out value);
    }

    /// <remarks>
    /// A page's rows name few distinct keys (one indicator and source, a handful of areas), so once the key's batch is
    /// in, one completed task answers all of them: a 1,000-row page made three tasks and three results per row.
    /// Two threads may both make the task; either is the same answer.
    /// </remarks>
    private sealed class Pending(BatchLoader<TKey, TValue> owner, TKey key) : IDataLoaderResult<TValue?>
    {
        private Task<TValue?>? _typed;
        private Task<object?>? _boxed;

        public TKey Key => key;

        /// <summary>
        /// The fetch that covers this key, once one has started (set under the loader's lock): awaiting it is all the key
        /// needs, found or not. A key absent from the answer is then known absent; a fetch that failed fails each key.
        /// </summary>
        public Task? Batch { get; set; }

        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            _typed ?? (owner.TryGetLoaded(key, out var value) ? _typed = Task.FromResult(value) : owner.GetAsync(this, cancellationToken));

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            _boxed ?? (owner.TryGetLoaded(key, out var value) ? _boxed = Task.FromResult<object?>(value) : Boxed(cancellationToken));

        private async Task<object?> Boxed(CancellationToken cancellationToken) => await owner.GetAsync(this, cancellationToken);
    }
}
