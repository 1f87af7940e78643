using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Ide;
using OpenData.Api.Tests.Csv;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Ide;

[Collection(FrontDoorCollection.Name)]
public sealed partial class IdeTests(FrontDoorApi api)
{
    // What Chromium sends when it opens a page.
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8";

    private readonly HttpClient _client = api.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<HttpResponseMessage> OpenPageAsync(string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await _client.SendAsync(request);
    }

    [GeneratedRegex(""""(?:src|href)="\./(assets/[^"]+)"|<base href="([^"]+)"""")]
    private static partial Regex AssetReference();

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_graphiql_under_a_strict_content_security_policy()
    {
        var response = await OpenPageAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", MediaType(response));
        Assert.Equal(IdeEndpoints.ContentSecurityPolicy, string.Join("", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<base href=\"/graphiql/\" />", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
    }

    [Fact]
    public async Task Every_file_the_page_names_is_served_from_this_server_precompressed_and_cached()
    {
        var html = await (await OpenPageAsync()).Content.ReadAsStringAsync();
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).Where(v => v.Length > 0).ToList();
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/graphiql/" + asset);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br");
            var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(asset.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", MediaType(response));
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(IdeEndpoints.ContentSecurityPolicy, string.Join("", response.Headers.GetValues("Content-Security-Policy")));
            if (response.Content.Headers.ContentLength > 1024) Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
        }
    }

    [Fact]
    public async Task Monacos_workers_are_in_the_bundle_and_nothing_in_it_loads_from_a_cdn()
    {
        var folder = api.Services.GetRequiredService<IdeBundle>().Folder;
        Assert.NotNull(folder);
        var scripts = Directory.GetFiles(Path.Combine(folder, "assets"), "*.js");
        Assert.Contains(scripts, s => Path.GetFileName(s).StartsWith("editor.worker", StringComparison.Ordinal));
        Assert.Contains(scripts, s => Path.GetFileName(s).StartsWith("graphql.worker", StringComparison.Ordinal));
        Assert.Contains(scripts, s => Path.GetFileName(s).StartsWith("json.worker", StringComparison.Ordinal));
        foreach (var script in scripts)
        {
            var text = await File.ReadAllTextAsync(script);
            Assert.DoesNotContain("esm.sh", text);
            Assert.DoesNotContain("unpkg.com", text);
            Assert.DoesNotContain("cdn.jsdelivr", text);
        }
    }

    [Fact]
    public async Task A_client_without_compression_gets_the_plain_file()
    {
        var html = await (await OpenPageAsync()).Content.ReadAsStringAsync();
        var script = AssetReference().Matches(html).Select(m => m.Groups[1].Value).First(a => a.EndsWith(".js", StringComparison.Ordinal));
        var response = await _client.GetAsync("/graphiql/" + script);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        var folder = api.Services.GetRequiredService<IdeBundle>().Folder!;
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, script)), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_browser_url_with_a_query_still_runs_it_rather_than_opening_the_ide()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Encode("{ __typename }"));
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, MediaType(response));
    }

    [Fact]
    public async Task A_json_answer_to_GET_also_says_it_varies_by_accept()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("{ __typename }")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json, text/html")]
    [InlineData(GraphQLResponse)]
    public async Task Clients_that_do_not_prefer_html_get_the_usual_400_for_a_missing_query(string? accept)
    {
        var response = await _client.SendAsync(Get("", accept));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OD_QUERY_MISSING", FirstErrorCode(await BodyAsync(response)));
    }

    [Fact]
    public async Task A_POST_is_never_answered_with_the_ide()
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }", accept: BrowserAccept));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("text/html", MediaType(response));
    }

    [Theory]
    [InlineData("/graphiql")]
    [InlineData("/graphiql/")]
    [InlineData("/graphiql/index.html")]
    public async Task The_bundles_own_folder_redirects_to_the_endpoint(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_missing_asset_is_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/graphiql/assets/nope.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/graphiql/../appsettings.json")).StatusCode);
    }

    [Fact]
    public async Task With_the_ide_switched_off_a_browser_gets_the_json_answer()
    {
        using var off = new FrontDoorApi();
        off.Settings["Ide:Enabled"] = "false";
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        var response = await off.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(Json, MediaType(response));
    }
}
