using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenData.Api.Execution;

namespace OpenData.Api.Persisted;

/// <summary>
/// Apollo's Automatic Persisted Queries: a client first sends only <c>extensions.persistedQuery.sha256Hash</c>
/// (a short, cacheable GET); an unknown hash answers <c>PersistedQueryNotFound</c>, the client resends the text
/// with the hash, and the text is remembered once it validates. graphql-dotnet's persisted-document handler
/// does not speak this protocol, so this hook runs before it and fills in the query text.
/// </summary>
public sealed class AutomaticPersistedQueries : IConfigureExecution, IDisposable
{
    public const string NotFoundCode = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    private readonly MemoryCache _queries;
    private readonly PersistedOperationsOptions _options;

    public AutomaticPersistedQueries(IOptions<PersistedOperationsOptions> options)
    {
        _options = options.Value;
        _queries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxApqTotalQueryLength });
    }

    /// <summary>Before graphql-dotnet's persisted-document handler (200) and the document cache.</summary>
    public float SortOrder => 100;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Extensions?.TryGetValue("persistedQuery", out var value) != true || value is not IDictionary<string, object?> persisted)
            return await next(options);

        if (!_options.AutomaticPersistedQueries || _options.AllowOnlyPersisted)
            return Error("PersistedQueryNotSupported", NotSupportedCode);
        // Only version 1 exists; any other value (a string, an object) is the client's error, not a conversion failure.
        var version = persisted.TryGetValue("version", out var rawVersion) ? rawVersion : 1;
        if (version is not (1 or 1L or 1m or 1.0)
            || !persisted.TryGetValue("sha256Hash", out var rawHash) || rawHash is not string hash || hash.Length != 64)
            return Error("PersistedQueryNotSupported: send version 1 with a 64-character sha256Hash.", NotSupportedCode);

        if (options.Query is null)
        {
            if (!_queries.TryGetValue(hash, out string? query))
                return Error("PersistedQueryNotFound", NotFoundCode);
            options.Query = query;
            return await next(options);
        }

        if (!string.Equals(DocumentHash.Of(options.Query), hash, StringComparison.OrdinalIgnoreCase))
            return Error("provided sha does not match query", HashMismatchCode);
        var result = await next(options);
        if (result.Executed)
            _queries.Set(hash.ToLowerInvariant(), options.Query, new MemoryCacheEntryOptions { Size = options.Query.Length });
        return result;
    }

    private static ExecutionResult Error(string message, string code) => new() { Errors = [new ExecutionError(message) { Code = code }] };

    public void Dispose() => _queries.Dispose();
}
