using Microsoft.Extensions.Options;
using OpenData.Api.Errors;
using OpenData.Api.Http;

namespace OpenData.Api.Limits;

/// <summary>
/// The outermost middleware: an exception that escapes everything else is logged and answered as a GraphQL-shaped
/// 500 with code <c>OD_INTERNAL_ERROR</c> — never a stack trace or an exception message. It also gives a
/// GraphQL-shaped body to bodiless errors on <c>/graphql</c> (e.g. routing's 405 for PUT).
/// </summary>
public sealed class ErrorShieldMiddleware(RequestDelegate next, ILogger<ErrorShieldMiddleware> logger, GraphQLResponseWriter writer)
{
    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away: nobody to answer
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Unhandled exception for {Method} {Path}", http.Request.Method, http.Request.Path);
            if (http.Response.HasStarted) return;
            http.Response.Clear();
            await writer.WriteProblemAsync(http, MediaTypeFor(http), StatusCodes.Status500InternalServerError, ErrorCodes.InternalError,
                "The server failed to answer this request; the failure is logged. Try again later.");
            return;
        }

        if (http.Response.HasStarted || http.Response.StatusCode < 400 || HttpMethods.IsHead(http.Request.Method)
            || !http.Request.Path.StartsWithSegments(GraphQLEndpoint.Path) || http.Response.ContentLength > 0 || http.Response.ContentType is not null)
            return;
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "GET, POST";
            await writer.WriteProblemAsync(http, MediaTypeFor(http), StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"{http.Request.Method} is not supported here; send a GraphQL request with GET or POST.");
        }
    }

    public static string MediaTypeFor(HttpContext http) => AcceptNegotiation.Choose(http.Request.Headers.Accept) ?? GraphQLMediaTypes.Json;
}

/// <summary>
/// Response headers every answer carries: no MIME sniffing, no framing, no referrer, a CSP that allows nothing (the API
/// serves JSON only), and a cross-origin resource policy that lets any site read it (it is a public API).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        return next(http);
    }
}

/// <summary>Refuses (401) a request whose API key is unknown, after the rate limiter has charged it to the IP address.</summary>
public sealed class ApiKeyGateMiddleware(RequestDelegate next, GraphQLResponseWriter writer, IOptions<RateLimitOptions> options)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (http.Features.Get<RateLimitFeature>() is not { Client.InvalidApiKey: true }) return next(http);
        http.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{options.Value.ApiKeyHeader}\"";
        return writer.WriteProblemAsync(http, ErrorShieldMiddleware.MediaTypeFor(http), StatusCodes.Status401Unauthorized, ErrorCodes.InvalidApiKey,
            $"The key in the {options.Value.ApiKeyHeader} header is not known here. Send a valid key, or no key to use the anonymous budget.");
    }
}
