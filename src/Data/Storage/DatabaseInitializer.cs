using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Data.Seed;

namespace OpenData.Data.Storage;

/// <summary>Creates the schema if needed and brings the seed data up to date with the seed files.</summary>
public static class DatabaseInitializer
{
    /// <summary>Default seed folder: the copy shipped beside the binaries.</summary>
    public static string DefaultSeedPath => Path.Combine(AppContext.BaseDirectory, "seed");

    public static async Task<SeedResult> InitializeAsync(OpenDataDbContext db, string? seedPath, ILogger logger, CancellationToken cancellationToken = default)
    {
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync(TextFolding.PostgresDefinition, cancellationToken);
        return await SeedLoader.SyncAsync(db, seedPath ?? DefaultSeedPath, logger, cancellationToken);
    }
}
