using System.Collections.Concurrent;

namespace OpenData.Api.Loading;

/// <summary>The batch loaders of one request (a scoped service): one per kind of lookup, made on first use.</summary>
public sealed class BatchLoaderRegistry
{
    private readonly ConcurrentDictionary<string, object> _loaders = new();

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(
        string name,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)_loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));
}
