using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenData.Data.Storage;

namespace OpenData.Data.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database on one provider, dropped on dispose. PostgreSQL tests read the server's
/// connection string from <c>OPENDATA_TEST_POSTGRES</c>; under CI (<c>CI=true</c>) a missing server is
/// a failure, never a skip, so the storage tests always run on both providers there.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "OPENDATA_TEST_POSTGRES";

    public StorageOptions Options { get; }
    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(StorageOptions options, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Options = options;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    /// <summary>The providers the storage tests run on: SQLite always, PostgreSQL when configured (always in CI).</summary>
    public static TheoryData<StorageProvider> Providers()
    {
        var data = new TheoryData<StorageProvider> { StorageProvider.Sqlite };
        if (PostgresConnectionString() is not null) data.Add(StorageProvider.Postgres);
        else if (IsCi) throw new InvalidOperationException($"CI must provide PostgreSQL: set {PostgresVariable}.");
        return data;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string? PostgresConnectionString() => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static async Task<TestDatabase> CreateAsync(StorageProvider provider)
    {
        if (provider == StorageProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"opendata-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(new StorageOptions { Provider = provider, ConnectionString = $"Data Source={file};Pooling=False" }, file, null, null);
        }
        var admin = PostgresConnectionString() ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = $"od_test_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        await Task.CompletedTask;
        return new TestDatabase(new StorageOptions { Provider = provider, ConnectionString = builder.ConnectionString }, null, admin, name);
    }

    public OpenDataDbContext NewContext() => new(StorageSetup.BuildOptions(Options));

    /// <summary>The API's set-up on this database: pooled contexts, whose connections outlive each use. Dispose it.</summary>
    public ServiceProvider PooledContexts() => new ServiceCollection()
        .AddPooledDbContextFactory<OpenDataDbContext>(b => b.UseOpenDataStorage(Options))
        .BuildServiceProvider();

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_postgresAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
