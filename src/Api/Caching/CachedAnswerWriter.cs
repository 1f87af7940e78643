using System.Buffers;
using GraphQL;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Http;

namespace OpenData.Api.Caching;

/// <summary>
/// Writes answers that can be cached: the stored JSON body, with this request's own <c>extensions</c> (cost,
/// remaining budget) spliced in before the final brace, plus <c>ETag</c>, <c>Cache-Control</c> and 304 on a
/// matching <c>If-None-Match</c>.
/// </summary>
public sealed class CachedAnswerWriter(IGraphQLTextSerializer serializer)
{
    private static ReadOnlySpan<byte> ExtensionsPrefix => ",\"extensions\":"u8;

    /// <summary>The answer's body without per-client extensions, with its cost: what the cache stores. Dispose it once written.</summary>
    public async Task<SerializedAnswer> SerializeAsync(ExecutionResult result, long cost, CancellationToken cancellationToken)
    {
        var extensions = result.Extensions;
        result.Extensions = null;
        try
        {
            return await SerializedAnswer.BuildAsync(cost, stream => serializer.WriteAsync(stream, result, cancellationToken));
        }
        finally
        {
            result.Extensions = extensions;
        }
    }

    /// <summary>
    /// Writes <paramref name="body"/> with <paramref name="extensionsJson"/> (a JSON object) as its <c>extensions</c>,
    /// or a 304 when the client already has this answer.
    /// </summary>
    public async Task WriteAsync(HttpContext http, string mediaType, string etag, string getCacheControl, ReadOnlySequence<byte> body, byte[]? extensionsJson)
    {
        var response = http.Response;
        response.Headers.ETag = etag;
        // GET answers may be kept by browsers and CDNs; POST answers are not cacheable by HTTP caches anyway.
        response.Headers.CacheControl = HttpMethods.IsGet(http.Request.Method) ? getCacheControl : "no-cache";
        if (IfNoneMatch(http.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = GraphQLMediaTypes.ContentType(mediaType);

        // One buffer, one flush and a Content-Length, as a static file would be sent: no chunked framing.
        var tail = body.Length < 2 ? null : extensionsJson;
        response.ContentLength = tail is null ? body.Length : body.Length - 1 + ExtensionsPrefix.Length + tail.Length + 1;
        // Headers first: body bytes written before them are held aside by Kestrel and copied once more when it sends.
        await response.StartAsync(http.RequestAborted);
        var output = response.BodyWriter;
        if (tail is null)
        {
            Write(output, body);
        }
        else
        {
            Write(output, body.Slice(0, body.Length - 1));
            output.Write(ExtensionsPrefix);
            output.Write(tail);
            output.Write("}"u8);
        }
        await output.FlushAsync(http.RequestAborted);
    }

    private static void Write(IBufferWriter<byte> output, ReadOnlySequence<byte> bytes)
    {
        foreach (var segment in bytes) output.Write(segment.Span);
    }

    private static bool IfNoneMatch(HttpRequest request, string etag) =>
        request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "W/" + etag)));
}
