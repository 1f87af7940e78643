using Microsoft.Extensions.Logging;
using OpenData.Data.Storage;

namespace OpenData.Api.Cli;

/// <summary>
/// Verbs for container images, which have no shell or curl (the runtime image is chiseled):
/// <list type="bullet">
/// <item><c>init-db</c>: builds (or brings up to date) the database from the seed files and exits; the Dockerfile
/// runs it so that the SQLite data is part of the image.</item>
/// <item><c>healthcheck [url]</c>: exits 0 when <c>url</c> (default: <c>/readyz</c> on this container's own HTTP
/// port) answers 200 within 5 s, 1 otherwise; the Dockerfile's <c>HEALTHCHECK</c>.</item>
/// </list>
/// </summary>
public static class ContainerCommands
{
    public static bool Handles(string[] args) => args is ["init-db", ..] or ["healthcheck", ..];

    public static Task<int> RunAsync(string[] args, IConfiguration configuration) => args[0] switch
    {
        "init-db" => InitDatabaseAsync(configuration),
        _ => HealthCheckAsync(args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null, configuration),
    };

    private static async Task<int> InitDatabaseAsync(IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        await using var db = new OpenDataDbContext(StorageSetup.BuildOptions(storage));
        var result = await DatabaseInitializer.InitializeAsync(db, storage.SeedPath, loggers.CreateLogger("OpenData.Seed"));
        Console.WriteLine($"dataset {result.Version} ready ({storage.Provider}, seed changed: {result.Changed})");
        return 0;
    }

    private static async Task<int> HealthCheckAsync(string? url, IConfiguration configuration)
    {
        url ??= $"http://127.0.0.1:{OwnPort(configuration)}/readyz";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"{url}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The port from ASPNETCORE_HTTP_PORTS or the first http URL of ASPNETCORE_URLS; 8080 (the images' default) otherwise.</summary>
    private static string OwnPort(IConfiguration configuration)
    {
        var ports = configuration["HTTP_PORTS"] ?? configuration["ASPNETCORE_HTTP_PORTS"];
        if (!string.IsNullOrEmpty(ports)) return ports.Split([';', ','], StringSplitOptions.RemoveEmptyEntries)[0];
        var urls = configuration["URLS"] ?? configuration["ASPNETCORE_URLS"];
        foreach (var value in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && value.LastIndexOf(':') is var at && at > "http://".Length)
                return value[(at + 1)..].TrimEnd('/');
        return "8080";
    }
}
