using System.Collections.Concurrent;

namespace OpenData.Api.Loading;

/// <summary>The batch loaders of one request (a scoped service): one per kind of lookup, made on first use.</summary>
public sealed class BatchLoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> _loaders = new();

    /// <summary>
    /// The request's loader called <paramref name="name"/>, made with the fetch <paramref name="makeFetch"/> returns for
    /// <paramref name="state"/> on first use. Every row of a page asks for its loader: after the first, that costs a
    /// lookup and no allocation (no closure, no delegate).
    /// </summary>
    public BatchLoader<TKey, TValue> Get<TKey, TValue, TState>(
        string name,
        TState state,
        Func<TState, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>>> makeFetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, static (_, a) => new BatchLoader<TKey, TValue>(a.makeFetch(a.state)), (state, makeFetch));
}
