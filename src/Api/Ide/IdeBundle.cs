using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Ide;

/// <summary>
/// The GraphiQL bundle that the build puts in <c>wwwroot/graphiql</c> (from <c>ui/graphiql</c>, with vite):
/// its page, split around the <c>&lt;base&gt;</c> element that points its relative asset URLs at
/// <see cref="IdeEndpoints.AssetsPath"/>, and a file provider for the assets.
/// </summary>
public sealed class IdeBundle
{
    private const string BaseMarker = "<head>";
    private readonly string? _pageStart;
    private readonly string? _pageEnd;

    public IdeBundle(IOptions<IdeOptions> options, IWebHostEnvironment environment, ILogger<IdeBundle> logger)
    {
        Enabled = options.Value.Enabled;
        if (!Enabled) return;
        Folder = Candidates(options.Value, environment).FirstOrDefault(folder => File.Exists(Path.Combine(folder, "index.html")));
        if (Folder is null)
        {
            logger.LogWarning("GraphiQL is enabled but its bundle was not found (looked in {Folders}); browsers get a 404 at /graphql. Build with npm (ui/graphiql) or set Ide:BundlePath.",
                string.Join(", ", Candidates(options.Value, environment)));
            return;
        }
        var page = File.ReadAllText(Path.Combine(Folder, "index.html"), Encoding.UTF8);
        var at = page.IndexOf(BaseMarker, StringComparison.OrdinalIgnoreCase);
        if (at < 0) throw new InvalidOperationException($"{Folder}/index.html has no <head> element.");
        at += BaseMarker.Length;
        _pageStart = page[..at];
        _pageEnd = page[at..];
        Files = new PhysicalFileProvider(Folder);
    }

    /// <summary>Whether GraphiQL is switched on (<see cref="IdeOptions.Enabled"/>).</summary>
    public bool Enabled { get; }

    /// <summary>The bundle's folder; null when it is missing.</summary>
    public string? Folder { get; }

    /// <summary>The bundle's files; null when it is missing.</summary>
    public IFileProvider? Files { get; }

    public bool Available => Files is not null;

    /// <summary>The page, with a <c>&lt;base&gt;</c> element for an app served under <paramref name="pathBase"/>.</summary>
    public string Page(PathString pathBase) =>
        _pageStart + "\n    <base href=\"" + HtmlEncoder.Default.Encode(pathBase.Add(IdeEndpoints.AssetsPath) + "/") + "\" />" + _pageEnd;

    private static IEnumerable<string> Candidates(IdeOptions options, IWebHostEnvironment environment)
    {
        if (!string.IsNullOrEmpty(options.BundlePath))
        {
            yield return Path.GetFullPath(options.BundlePath, environment.ContentRootPath);
            yield break;
        }
        if (!string.IsNullOrEmpty(environment.WebRootPath)) yield return Path.Combine(environment.WebRootPath, "graphiql");
        yield return Path.Combine(environment.ContentRootPath, "wwwroot", "graphiql");
        // A publish output has wwwroot beside the binaries.
        yield return Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql");
        // A build output has not: its static web assets manifest names the project's wwwroot.
        foreach (var root in BuildContentRoots(environment.ApplicationName)) yield return Path.Combine(root, "graphiql");
    }

    private static IEnumerable<string> BuildContentRoots(string applicationName)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, applicationName + ".staticwebassets.runtime.json");
        if (!File.Exists(manifest)) return [];
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(manifest));
            return document.RootElement.TryGetProperty("ContentRoots", out var roots)
                ? roots.EnumerateArray().Select(r => r.GetString()).OfType<string>().ToList()
                : [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
