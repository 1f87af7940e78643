using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Http;

namespace OpenData.Api.Ide;

/// <summary>
/// GraphiQL for browsers: <c>GET /graphql</c> with <c>Accept</c> preferring <c>text/html</c> and no <c>query</c>
/// parameter gets the page (<see cref="IsPageRequest"/>, called by the GraphQL endpoint); its scripts, styles,
/// fonts and Monaco's workers come from <c>/graphiql/assets/…</c>, precompressed (brotli or gzip) and cached
/// for a year (their names carry a content hash).
/// </summary>
public static class IdeEndpoints
{
    public const string AssetsPath = "/graphiql";

    /// <summary>
    /// Everything the page loads comes from this server (the bundle has no CDN reference). Monaco sets inline
    /// styles, hence <c>'unsafe-inline'</c> for styles only; scripts must be files from here.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; " +
        "img-src 'self' data:; worker-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IEndpointRouteBuilder MapIde(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(AssetsPath).ExcludeFromDescription();
        // The page lives at /graphql; these addresses of the bundle's own folder lead there.
        group.MapGet("", RedirectToPage);
        group.MapGet("/index.html", RedirectToPage);
        group.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsset);
        return app;
    }

    /// <summary>A browser opening the endpoint: GET, no <c>query</c> parameter, <c>text/html</c> preferred to JSON.</summary>
    public static bool IsPageRequest(HttpRequest request, AcceptPreference accept) =>
        accept.PrefersHtml
        && HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.HttpContext.RequestServices.GetRequiredService<IdeBundle>().Enabled;

    /// <summary>Writes the GraphiQL page (or a 404 naming the missing bundle).</summary>
    public static async Task WritePageAsync(HttpContext http)
    {
        var bundle = http.RequestServices.GetRequiredService<IdeBundle>();
        var response = http.Response;
        response.Headers.Vary = HeaderNames.Accept;
        if (!bundle.Available)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("GraphiQL is not part of this build (its bundle is missing). Send GraphQL requests to this URL with GET or POST.", http.RequestAborted);
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // The page names the current asset files: revalidate it, cache the assets.
        response.Headers.CacheControl = "no-cache";
        await response.WriteAsync(bundle.Page(http.Request.PathBase), http.RequestAborted);
    }

    private static IResult RedirectToPage(HttpContext http) =>
        TypedResults.Redirect(http.Request.PathBase.Add(GraphQLEndpoint.Path));

    private static IResult ServeAsset(HttpContext http, IdeBundle bundle, string path)
    {
        if (bundle.Files is null) return TypedResults.NotFound();
        var file = bundle.Files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null) return TypedResults.NotFound();
        if (!ContentTypes.TryGetContentType(file.Name, out var contentType)) contentType = "application/octet-stream";

        var headers = http.Response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.XContentTypeOptions = "nosniff";
        // A worker runs under the policy its own script arrives with: Monaco's workers get the page's.
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        // vite names assets after a hash of their content: they never change under the same name.
        headers.CacheControl = path.StartsWith("assets/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";

        var served = file;
        foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (!Accepts(http.Request, encoding)) continue;
            var compressed = bundle.Files.GetFileInfo(path + suffix);
            if (!compressed.Exists || compressed.PhysicalPath is null) continue;
            headers.ContentEncoding = encoding;
            served = compressed;
            break;
        }
        var tag = new EntityTagHeaderValue($"\"{served.LastModified.ToUnixTimeSeconds():x}-{served.Length:x}{(served == file ? "" : "-" + headers.ContentEncoding)}\"");
        return TypedResults.PhysicalFile(served.PhysicalPath!, contentType, lastModified: served.LastModified, entityTag: tag);
    }

    private static bool Accepts(HttpRequest request, string encoding) =>
        request.GetTypedHeaders().AcceptEncoding.Any(value =>
            string.Equals(value.Value.Value, encoding, StringComparison.OrdinalIgnoreCase) && (value.Quality ?? 1) > 0);
}
