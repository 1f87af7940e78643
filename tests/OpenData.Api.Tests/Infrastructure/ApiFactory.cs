using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The real API in process, on its own SQLite file built from the repository's seed/ folder.
/// Extra settings and service overrides let a test change one thing (a limit, a counting decorator).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"opendata-api-{Guid.NewGuid():N}.db");

    public Dictionary<string, string?> Settings { get; } = new();

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public string DatabaseFile => _databaseFile;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={_databaseFile}");
        builder.UseSetting("Storage:SeedPath", RepositoryPaths.Seed);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ConfigureServices is not null) builder.ConfigureServices(ConfigureServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}

/// <summary>One API shared by the tests of a collection: building the database once keeps the suite fast.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<ApiFactory>
{
    public const string Name = "Shared API";
}
