using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Data.Seed;

/// <summary>Brings the database's seed data in line with the seed folder, all or nothing.</summary>
public static class SeedLoader
{
    /// <summary>The single <see cref="DatasetState"/> row.</summary>
    public const int StateId = 1;

    // The key is any fixed number: PostgreSQL advisory locks are keyed by a bigint shared by every client of the database.
    private const string PostgresLockSql = "SELECT pg_advisory_xact_lock(5833001)";

    public static async Task<SeedResult> SyncAsync(OpenDataDbContext db, string seedPath, ILogger logger, CancellationToken cancellationToken = default)
    {
        var files = SeedFiles.Load(seedPath);
        var seedHash = SeedHash.Compute(files);

        var state = await ReadStateAsync(db, cancellationToken);
        if (state?.SeedHash == seedHash)
        {
            logger.LogInformation("Seed {SeedHash} already loaded; dataset version {Version}", seedHash, state.Version);
            return new SeedResult(false, seedHash, state.Version, 0, 0);
        }

        // Every file is read and checked before the database is touched.
        var seed = SeedSet.Parse(files);

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await LockAsync(db, cancellationToken);
                // Another process may have loaded the same files while this one waited for the lock.
                state = await ReadStateAsync(db, cancellationToken);
                if (state?.SeedHash == seedHash)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return new SeedResult(false, seedHash, state.Version, 0, 0);
                }

                await SeedWriter.WriteAsync(db, seed, cancellationToken);
                var version = await WriteStateAsync(db, seedHash, cancellationToken);
                await PlannerStatistics.RefreshAsync(db, cancellationToken);
                await transaction.CommitAsync(cancellationToken);

                logger.LogInformation(
                    "Seed {SeedHash} loaded: {Observations} observations, {RankingEntries} ranking entries, {Sources} sources, {Areas} areas, {Indicators} indicators; dataset version {Version}",
                    seedHash, seed.Observations.Count, seed.RankingEntries.Count, seed.Sources.Count, seed.Areas.Count, seed.Indicators.Count, version);
                return new SeedResult(true, seedHash, version, seed.Observations.Count, seed.RankingEntries.Count);
            }
            finally
            {
                // After a failure the tracked entities describe a rolled-back state; the caller may reuse the context.
                db.ChangeTracker.Clear();
            }
        });
    }

    private static Task<DatasetState?> ReadStateAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        db.DatasetStates.AsNoTracking().SingleOrDefaultAsync(s => s.Id == StateId, cancellationToken);

    // SQLite: EF begins transactions with BEGIN IMMEDIATE, which already excludes other writers.
    private static async Task LockAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlRawAsync(PostgresLockSql, cancellationToken);
    }

    private static async Task<string> WriteStateAsync(OpenDataDbContext db, string seedHash, CancellationToken cancellationToken)
    {
        var importHashes = await db.ImportRecords.OrderBy(r => r.Id).Select(r => r.FileHash).ToListAsync(cancellationToken);
        var version = SeedHash.DatasetVersion(seedHash, importHashes);
        var now = DateTimeOffset.UtcNow;
        var state = await db.DatasetStates.AsTracking().SingleOrDefaultAsync(s => s.Id == StateId, cancellationToken);
        if (state is null)
        {
            state = new DatasetState { Id = StateId, SeedHash = seedHash, Version = version };
            db.DatasetStates.Add(state);
        }
        state.SeedHash = seedHash;
        state.Version = version;
        state.BuiltAt = now;
        state.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }
}
