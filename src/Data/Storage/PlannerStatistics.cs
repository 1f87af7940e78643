using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Data.Storage;

/// <summary>
/// Gathers PostgreSQL's planner statistics for the model's tables, as the last step of a load's transaction (ANALYZE
/// counts the transaction's own rows, and a failure rolls the load back like any other).
/// </summary>
/// <remarks>
/// Autovacuum analyzes a table only once 50 rows plus a tenth of it have changed, so after a load the small tables
/// (sources, editions, indices) may never be analyzed and PostgreSQL plans with default guesses (6 sources taken for
/// 110, 9 editions for 1,070). Under those guesses a prepared statement's generic plan looks dearer than one made for
/// its values, so PostgreSQL planned Viet Nam's rankings query afresh on every execution: 0.3–0.6 ms of the server's
/// CPU each time. SQLite is left alone: its statements are planned once per connection and kept
/// (<see cref="SqlitePreparedStatements"/>).
/// </remarks>
public static class PlannerStatistics
{
    public static async Task RefreshAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null)
            .Select(t => sql.DelimitIdentifier(t.GetTableName()!, t.GetSchema()))
            .Distinct();
        // Table names cannot be parameters; these are the model's own, quoted by the provider.
#pragma warning disable EF1003
        await db.Database.ExecuteSqlRawAsync("ANALYZE " + string.Join(", ", tables), cancellationToken);
#pragma warning restore EF1003
    }
}
