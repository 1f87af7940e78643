using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQLParser.AST;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using OpenData.Api.Http;

namespace OpenData.Api.Caching;

/// <summary>
/// Answers to repeated queries, kept in ASP.NET Core's output-cache store (memory, or Redis shared by replicas) and
/// keyed by (dataset version, document, operation name, variables): between imports every answer is deterministic.
/// Only complete answers are kept: never errors, never a rate-limit refusal, never a query that asks for per-client
/// fields such as <c>rateLimit</c>.
/// </summary>
public sealed class ResponseCache(IOutputCacheStore store, DatasetVersionProvider versions, IOptions<ResponseCacheOptions> options)
{
    /// <summary>Root fields whose answer depends on the client, not on the data.</summary>
    private static readonly HashSet<string> PerClientRootFields = ["rateLimit"];

    public ResponseCacheOptions Options => options.Value;

    /// <summary>The Cache-Control of a successful GET answer, made once.</summary>
    public string GetCacheControl => field ??= $"public, max-age={(long)options.Value.MaxAge.TotalSeconds}";

    /// <summary>
    /// Cache key (hex SHA-256 of the dataset version, operation name, document and variables as sent); also the basis of
    /// the answer's ETag. The variables are hashed as the client wrote them: the same values spaced differently are
    /// another key (a miss), never a wrong answer.
    /// </summary>
    public async ValueTask<string> KeyAsync(GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        var version = await versions.CurrentAsync(cancellationToken);
        var (kind, document) = request switch
        {
            { Query: { } query } => ("q", query),
            { DocumentId: { } id } => ("d", id),
            _ => ("a", JsonSerializer.Serialize(request.Extensions?["persistedQuery"])),
        };
        string[] parts = [version, request.OperationName ?? "", kind, document, request.VariablesJson ?? ""];

        // Each part length-first, so that no two different sets of parts hash alike; one pooled buffer, one hash.
        var size = 0;
        foreach (var part in parts) size += sizeof(int) + Encoding.UTF8.GetMaxByteCount(part.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var written = 0;
            foreach (var part in parts)
            {
                BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(written), part.Length);
                written += sizeof(int);
                written += Encoding.UTF8.GetBytes(part, buffer.AsSpan(written));
            }
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static string ETagFor(string key) => $"\"{key[..32]}\"";

    public async ValueTask<CachedResponse?> GetAsync(string key, CancellationToken cancellationToken) =>
        await store.GetAsync(key, cancellationToken) is { } bytes ? CachedResponse.FromBytes(bytes) : null;

    public ValueTask SetAsync(string key, CachedResponse response, CancellationToken cancellationToken) =>
        store.SetAsync(key, response.ToBytes(), tags: null, options.Value.EntryLifetime, cancellationToken);

    /// <summary>A complete answer to a query that selects nothing per-client.</summary>
    public static bool IsCacheable(ExecutionResult result)
    {
        if (!result.Executed || result.Errors is { Count: > 0 } || result.Operation is not { } operation) return false;
        if (operation.Operation != OperationType.Query) return false;
        foreach (var selection in operation.SelectionSet.Selections)
        {
            // A fragment at the root could hide a per-client field; not worth resolving, just not cached.
            if (selection is not GraphQLField field) return false;
            if (PerClientRootFields.Contains(field.Name.StringValue)) return false;
        }
        return true;
    }
}
