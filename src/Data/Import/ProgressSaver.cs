using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>Saves every few hundred rows inside the open transaction, so progress reflects rows really written.</summary>
internal sealed class ProgressSaver(OpenDataDbContext db, IProgress<ImportProgress>? progress, int total)
{
    private const int BatchSize = 250;
    private int _done;
    private int _pending;

    public async Task RowDoneAsync(CancellationToken ct)
    {
        _done++;
        if (++_pending < BatchSize) return;
        await FlushAsync(ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        _pending = 0;
        progress?.Report(new ImportProgress(_done, total, "writing"));
    }
}
