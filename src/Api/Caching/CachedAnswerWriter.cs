using System.Buffers;
using System.Text;
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
    private static ReadOnlySpan<byte> ExtensionsPrefix => ",\"extensions\":"u8;

    /// <summary>The answer's body without per-client extensions, with its cost: what the cache stores.</summary>
    public async Task<CachedResponse> SerializeAsync(ExecutionResult result, long cost, CancellationToken cancellationToken)
    {
        var extensions = result.Extensions;
        result.Extensions = null;
        try
        {
            return await CachedResponse.BuildAsync(cost, stream => serializer.WriteAsync(stream, result, cancellationToken));
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

        // One buffer, one flush and a Content-Length, as a static file would be sent: no chunked framing.
        var tail = extensions is null || body.Length < 2 ? null : serializer.Serialize(extensions);
        response.ContentLength = tail is null ? body.Length : body.Length - 1 + ExtensionsPrefix.Length + Encoding.UTF8.GetByteCount(tail) + 1;
        // Headers first: body bytes written before them are held aside by Kestrel and copied once more when it sends.
        await response.StartAsync(http.RequestAborted);
        var output = response.BodyWriter;
        if (tail is null)
        {
            output.Write(body.Span);
        }
        else
        {
            output.Write(body.Span[..^1]);
            output.Write(ExtensionsPrefix);
            Encoding.UTF8.GetBytes(tail, output);
            output.Write("}"u8);
        }
        await output.FlushAsync(http.RequestAborted);
    }

    private static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "W/" + etag)));
}
