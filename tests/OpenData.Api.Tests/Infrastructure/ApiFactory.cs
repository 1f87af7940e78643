using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The real API in process, on a database of its own built from the repository's seed/ folder: a SQLite
/// file by default, or a fresh PostgreSQL database (from <c>OPENDATA_TEST_POSTGRES</c>) dropped on dispose.
/// Extra settings and service overrides let a test change one thing (a limit, a counting decorator).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"opendata-api-{Guid.NewGuid():N}.db");
    private readonly string _postgresName = $"od_api_{Guid.NewGuid():N}";

    /// <summary>SQLite unless a test asks for PostgreSQL (xunit fixtures need a single parameterless constructor).</summary>
    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    public Dictionary<string, string?> Settings { get; } = new();

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public string DatabaseFile => _databaseFile;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", Provider.ToString());
        builder.UseSetting("Storage:ConnectionString", Provider == StorageProvider.Sqlite
            ? $"Data Source={_databaseFile}"
            : new NpgsqlConnectionStringBuilder(PostgresAdmin()) { Database = _postgresName }.ConnectionString);
        builder.UseSetting("Storage:SeedPath", RepositoryPaths.Seed);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (ConfigureServices is not null) builder.ConfigureServices(ConfigureServices);
    }

    private static string PostgresAdmin() => TestDatabase.PostgresConnectionString()
        ?? throw new InvalidOperationException($"{TestDatabase.PostgresVariable} is not set.");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == StorageProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresAdmin());
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
                if (File.Exists(file)) File.Delete(file);
        }
    }
}

/// <summary>One API shared by the tests of a collection: building the database once keeps the suite fast.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<ApiFactory>
{
    public const string Name = "Shared API";
}
