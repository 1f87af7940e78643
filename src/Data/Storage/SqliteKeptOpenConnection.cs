using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Data.Storage;

#pragma warning disable EF1001 // The provider's connection type is internal API; EF Core is pinned to 10.0.x.
/// <summary>
/// The SQLite provider's connection, kept open for the life of its (pooled) context instead of closed after each
/// query. Opening costs far more than the query itself here: Microsoft.Data.Sqlite registers every custom
/// function again (EF's twelve and our <c>od_fold</c>) on each open and removes them on each close. Measured on a
/// lookup by code (EF compiled query): 42–57 µs per query with open and close, 25–35 µs kept open; the uncached
/// small query over HTTP went from about 205 to 175 µs of CPU.
/// Safe because the database file is never replaced under a running API (imports write inside a transaction),
/// and SQLite checks for other writers at the start of every read, so an open connection never reads stale data.
/// A context that is disposed (tools, importers, tests) closes its connection; a pooled one keeps it as long as the
/// pool lives, which is the process: at most one open SQLite connection per context the pool holds.
/// </summary>
internal sealed class SqliteKeptOpenConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override void CloseDbConnection() { }

    protected override Task CloseDbConnectionAsync() => Task.CompletedTask;
}

internal static class SqliteKeptOpenConnectionSetup
{
    public static DbContextOptionsBuilder KeepConnectionsOpen(this DbContextOptionsBuilder builder) =>
        builder.ReplaceService<ISqliteRelationalConnection, SqliteKeptOpenConnection>();
}
#pragma warning restore EF1001
