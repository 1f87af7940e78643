using Microsoft.EntityFrameworkCore;

namespace OpenData.Data.Storage;

public static class StorageSetup
{
    /// <summary>Points EF Core at the configured provider.</summary>
    public static DbContextOptionsBuilder UseOpenDataStorage(this DbContextOptionsBuilder builder, StorageOptions options)
    {
        switch (options.Provider)
        {
            case StorageProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString)
                    .AddInterceptors(SqliteFunctionsInterceptor.Instance)
                    .KeepConnectionsOpen();
                break;
            case StorageProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString);
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
