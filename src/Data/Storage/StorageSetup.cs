using Microsoft.EntityFrameworkCore;

namespace OpenData.Data.Storage;

public static class StorageSetup
{
    /// <summary>
    /// Points EF Core at the configured provider. A list of values in a query (<c>ids.Contains(x)</c>, an <c>in</c>
    /// filter) goes to the database as one parameter (json_each on SQLite, an array on PostgreSQL): EF Core 10's
    /// default of one parameter per value makes the SQL depend on the list's length, so EF rebuilt it on every batch.
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
                builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown storage provider.");
        }
        // Read-mostly API: tracking only where the loader and importers ask for it.
        return builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    /// <summary>Options for tools and tests that build a context without DI.</summary>
    public static DbContextOptions<OpenDataDbContext> BuildOptions(StorageOptions options) =>
        ((DbContextOptionsBuilder<OpenDataDbContext>)new DbContextOptionsBuilder<OpenDataDbContext>().UseOpenDataStorage(options)).Options;
}
