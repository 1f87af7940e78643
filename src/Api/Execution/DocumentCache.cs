using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Execution;

/// <summary>
/// Keeps parsed and validated documents, keyed by the query text, so a repeated query is
/// neither parsed nor validated again. Plugged in through graphql-dotnet's <see cref="IConfigureExecution"/>
/// hook; only documents that passed validation are stored.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _cache;
    private readonly DocumentCacheOptions _options;

    public DocumentCache(IOptions<DocumentCacheOptions> options)
    {
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxTotalQueryLength });
    }

    /// <summary>Entries held now (for tests and metrics).</summary>
    public int Count => _cache.Count;

    /// <summary>
    /// Lower sort orders run first: after the persisted-operation hooks (APQ 100, graphql-dotnet's persisted
    /// documents 200), which turn an id into query text, and before the document limits (300), which a cached
    /// document has already passed.
    /// </summary>
    public float SortOrder => 250;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is null) return await next(options);

        // Keyed by the text itself: the cached document holds that text anyway, and comparing strings costs less than
        // hashing them with SHA-256 on every request.
        var key = options.Query;
        var hit = _cache.TryGetValue(key, out GraphQLDocument? cached);
        if (hit)
        {
            options.Document = cached;
            // Only request-dependent rules need to run again on a document that validated before, and without a walk.
            options.ValidationRules = new CachedDocumentValidator.Rules([.. options.CachedDocumentValidationRules ?? []]);
        }

        var result = await next(options);

        if (!hit && result.Executed && result.Document is not null && options.Query.Length <= _options.MaxTotalQueryLength)
        {
            _cache.Set(key, result.Document, new MemoryCacheEntryOptions
            {
                Size = options.Query.Length,
                SlidingExpiration = _options.SlidingExpiration,
            });
        }
        return result;
    }

    public void Dispose() => _cache.Dispose();
}
