using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenData.Data.Seed;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Seed;

internal static class SeedTesting
{
    /// <summary>Creates the schema if needed and syncs the seed folder, as the API does at start.</summary>
    public static async Task<SeedResult> LoadAsync(TestDatabase database, string? seedPath = null)
    {
        await using var db = database.NewContext();
        return await DatabaseInitializer.InitializeAsync(db, seedPath ?? RepositoryPaths.Seed, NullLogger.Instance);
    }

    /// <summary>What a reload must leave alone: the values, in a form that compares by content.</summary>
    public static async Task<string[]> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var observations = (await db.Observations
                .Select(o => new { Indicator = o.Indicator.Code, Area = o.Area.Code, o.Period, o.Value, o.Qualifier, Source = o.Source.Code })
                .ToListAsync())
            .Select(o => $"{o.Indicator}|{o.Area}|{o.Period}|{o.Value}|{o.Qualifier}|{o.Source}");
        var entries = (await db.RankingEntries
                .Select(e => new { Index = e.Edition.Index.Code, e.Edition.Year, Area = e.Area.Code, e.Rank, Source = e.Source.Code })
                .ToListAsync())
            .Select(e => $"{e.Index}|{e.Year}|{e.Area}|{e.Rank}|{e.Source}");
        var state = (await db.DatasetStates.ToListAsync()).Select(s => $"{s.SeedHash}|{s.Version}");
        return [.. observations.Order(StringComparer.Ordinal), .. entries.Order(StringComparer.Ordinal), .. state];
    }
}
