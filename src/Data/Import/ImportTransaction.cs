using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>All or nothing: the work runs in one transaction, and the change tracker is emptied either way
/// so a failed import leaves no half-added entities behind in a context the caller keeps using.</summary>
internal static class ImportTransaction
{
    public static async Task<T> RunAsync<T>(OpenDataDbContext db, Func<Task<T>> work, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work();
            await PlannerStatistics.RefreshAsync(db, ct);
            await transaction.CommitAsync(ct);
            return result;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
