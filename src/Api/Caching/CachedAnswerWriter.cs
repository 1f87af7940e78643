using GraphQL;
using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Caching;

/// <summary>
/// Writes answers that can be cached: the stored JSON body, with this request's own <c>extensions</c> (cost,
/// remaining budget) spliced in before the final brace, plus <c>ETag</c>, <c>Cache-Control</c> and 304 on a
/// matching <c>If-None-Match</c>.
/// </summary>
public sealed class CachedAnswerWriter(IGraphQLTextSerializer serializer)
{
    private static readonly byte[] ExtensionsPrefix = ",\"extensions\":"u8.ToArray();

    /// <summary>The answer's body without per-client extensions: what the cache stores.</summary>
    public async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var extensions = result.Extensions;
        result.Extensions = null;
        try
        {
            using var buffer = new MemoryStream();
            await serializer.WriteAsync(buffer, result, cancellationToken);
            return buffer.ToArray();
        }
        finally
        {
            result.Extensions = extensions;
        }
    }

    public async Task WriteAsync(HttpContext http, string mediaType, string etag, TimeSpan maxAge, ReadOnlyMemory<byte> body, IDictionary<string, object?>? extensions)
    {
        var response = http.Response;
        response.Headers.ETag = etag;
        // GET answers may be kept by browsers and CDNs; POST answers are not cacheable by HTTP caches anyway.
        response.Headers.CacheControl = HttpMethods.IsGet(http.Request.Method) ? $"public, max-age={(long)maxAge.TotalSeconds}" : "no-cache";
        if (IfNoneMatch(http.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType + "; charset=utf-8";
        if (extensions is null || body.Length < 2)
        {
            await response.Body.WriteAsync(body, http.RequestAborted);
            return;
        }
        await response.Body.WriteAsync(body[..^1], http.RequestAborted);
        await response.Body.WriteAsync(ExtensionsPrefix, http.RequestAborted);
        await serializer.WriteAsync(response.Body, extensions, http.RequestAborted);
        await response.Body.WriteAsync("}"u8.ToArray(), http.RequestAborted);
    }

    private static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "W/" + etag)));
}
