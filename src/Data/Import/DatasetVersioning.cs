using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Seed;
using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>
/// Records a changing import and moves DatasetState.Version on, so caches keyed by the version
/// (and clients comparing it) see that the data changed. Runs inside the import's transaction.
/// </summary>
internal static class DatasetVersioning
{
    public const int StateId = 1;
    public const string NoSeed = "none";

    public static async Task<string> RecordAsync(OpenDataDbContext db, string kind, ImportFile file, int added, int updated, int removed, DateTimeOffset now, CancellationToken ct)
    {
        var state = await db.DatasetStates.AsTracking().FirstOrDefaultAsync(s => s.Id == StateId, ct);
        if (state is null)
        {
            // No seed ran (a bare database): the chain starts from "none".
            state = new DatasetState { Id = StateId, SeedHash = NoSeed, Version = NoSeed, BuiltAt = now };
            db.DatasetStates.Add(state);
        }
        // One formula for seed loads and imports: the version is a function of the seed and the imports, in order.
        var earlier = await db.ImportRecords.OrderBy(r => r.Id).Select(r => r.FileHash).ToListAsync(ct);
        state.Version = SeedHash.DatasetVersion(state.SeedHash, [.. earlier, file.Hash]);
        state.UpdatedAt = now;
        db.ImportRecords.Add(new ImportRecord
        {
            Kind = kind, FileName = file.Name, FileHash = file.Hash, ImportedAt = now,
            RowsAdded = added, RowsUpdated = updated, RowsRemoved = removed,
        });
        return state.Version;
    }

    public static Task<string?> CurrentAsync(OpenDataDbContext db, CancellationToken ct) =>
        db.DatasetStates.Where(s => s.Id == StateId).Select(s => (string?)s.Version).FirstOrDefaultAsync(ct);
}
