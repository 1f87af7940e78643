using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace OpenData.Data.Storage;

public static class StorageSetup
{
    /// <summary>
    /// Points EF Core at the configured provider. A list of values in a query (<c>ids.Contains(x)</c>, an <c>in</c>
    /// filter) goes to the database as one parameter (json_each on SQLite, an array on PostgreSQL): EF Core 10's
    /// default of one parameter per value makes the SQL depend on the list's length, so EF rebuilt it on every batch.
    /// A query's executor is compiled with its closed nested lambdas as constants (<see cref="ClosedLambdaHoistingConstantProcessor"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseOpenDataStorage(this DbContextOptionsBuilder builder, StorageOptions options)
    {
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .AddInterceptors(SqliteFunctionsInterceptor.Instance, SqlitePreparedStatements.Instance)
                    .KeepConnectionsOpen();
                break;
            case StorageProvider.Postgres:
                builder.UseNpgsql(TunePostgres(options.ConnectionString), npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider.");
        }
        // Read-mostly API: tracking only where the loader and importers ask for it.
        return builder.HoistClosedLambdas().UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    /// <summary>
    /// Npgsql settings for a read-mostly service, unless the connection string sets them itself. <c>No Reset On
    /// Close</c>: Npgsql's reset of a pooled connection (<c>DISCARD ALL</c>, or its parts but the statements'
    /// deallocation once some are prepared), which PostgreSQL would otherwise run with the first command of every
    /// request, is skipped: nothing here leaves session state behind (reads, transactions, a transaction-scoped
    /// advisory lock). <c>Max Auto Prepare</c>: statements run often are prepared once per connection, so PostgreSQL
    /// stops parsing and planning the same few queries.
    /// Measured on the uncached small query at 32 connections on 2 cores, seven alternating runs: 3,400 → 4,800 req/s,
    /// p99 about 20 → 13 ms (docs/decisions.md).
    /// </summary>
    public static string TunePostgres(string connectionString)
    {
        // Npgsql's builder reports every keyword it knows as present; what the string itself says is read plainly.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "")).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains(nameof(NpgsqlConnectionStringBuilder.NoResetOnClose))) builder.NoResetOnClose = true;
        if (!given.Contains(nameof(NpgsqlConnectionStringBuilder.MaxAutoPrepare))) builder.MaxAutoPrepare = PostgresMaxAutoPrepare;
        return builder.ConnectionString;
    }

    /// <summary>Statements Npgsql keeps prepared per connection: more than the API's distinct queries.</summary>
    public const int PostgresMaxAutoPrepare = 64;

    /// <summary>Options for tools and tests that build a context without DI.</summary>
    public static DbContextOptions<OpenDataDbContext> BuildOptions(StorageOptions options) =>
        ((DbContextOptionsBuilder<OpenDataDbContext>)new DbContextOptionsBuilder<OpenDataDbContext>().UseOpenDataStorage(options)).Options;
}
