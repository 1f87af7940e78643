using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Data.Storage;

/// <summary>
/// Runs each query (SELECT) EF Core sends to SQLite on a command kept per connection and SQL text, so SQLite compiles a
/// statement once per connection rather than once per query. EF Core creates a new command for every query and
/// Microsoft.Data.Sqlite keeps no statement cache, so without this every lookup paid SQLite's parser and code
/// generator again: 22 µs for a lookup of an area by code, 7 µs on a kept command (Microsoft.Data.Sqlite 10, this
/// machine). Connections are kept open for the life of a pooled context (<see cref="SqliteKeptOpenConnection"/>),
/// and so are their statements; SQLite compiles a statement again by itself if the schema changed under it.
/// </summary>
internal sealed class SqlitePreparedStatements : DbCommandInterceptor
{
    /// <summary>
    /// Statements kept per connection: the API's own queries are a few dozen texts, and filters can make more. A kept
    /// statement holds about 9 KiB of SQLite's memory (a page of observations with three joins), so at most about
    /// 0.6 MiB per connection, one connection per concurrent request.
    /// </summary>
    public const int MaxPerConnection = 64;

    public static readonly SqlitePreparedStatements Instance = new();

    private readonly ConditionalWeakTable<SqliteConnection, Statements> _byConnection = new();

    /// <summary>Statements kept for <paramref name="connection"/> (for tests).</summary>
    public int CountFor(SqliteConnection connection) => _byConnection.TryGetValue(connection, out var statements) ? statements.Count : 0;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        !result.HasResult && Execute(command) is { } reader ? InterceptionResult<DbDataReader>.SuppressWithResult(reader) : result;

    // Microsoft.Data.Sqlite's asynchronous execution is its synchronous one, so nothing is lost by answering at once.
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ReaderExecuting(command, eventData, result));

    // Queries only: the seed loader's and importers' INSERT batches run once, on EF's own commands, as EF wrote them.
    private SqliteDataReader? Execute(DbCommand command) =>
        command is SqliteCommand { Connection: { } connection } sqlite && sqlite.CommandText.StartsWith("SELECT", StringComparison.Ordinal)
            ? _byConnection.GetValue(connection, static c => new Statements(c)).Execute(sqlite)
            : null;

    /// <summary>One connection's kept commands. A connection serves one context, so one thread, at a time.</summary>
    private sealed class Statements(SqliteConnection connection)
    {
        private readonly Dictionary<string, Kept> _bySql = new(StringComparer.Ordinal);

        public int Count => _bySql.Count;

        public SqliteDataReader? Execute(SqliteCommand original)
        {
            if (!_bySql.TryGetValue(original.CommandText, out var kept))
            {
                if (_bySql.Count >= MaxPerConnection) Evict();
                if (_bySql.Count >= MaxPerConnection) return null;
                kept = new Kept(connection.CreateCommand());
                kept.Command.CommandText = original.CommandText;
                _bySql.Add(original.CommandText, kept);
            }
            // The same SQL still being read (a query nested in another's results): let EF run its own command.
            if (kept.Reader is { IsClosed: false }) return null;

            var command = kept.Command;
            command.Parameters.Clear();
            // EF made these parameters for this query alone and clears them from its own command when it is done.
            foreach (SqliteParameter parameter in original.Parameters) command.Parameters.Add(parameter);
            command.Transaction = original.Transaction;
            command.CommandTimeout = original.CommandTimeout;
            kept.Reader = command.ExecuteReader();
            return kept.Reader;
        }

        /// <summary>Drops every statement not being read now: simpler than recency, and rare.</summary>
        private void Evict()
        {
            foreach (var (sql, kept) in _bySql)
            {
                if (kept.Reader is { IsClosed: false }) continue;
                kept.Command.Dispose();
                _bySql.Remove(sql);
            }
        }
    }

    private sealed class Kept(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;
        public SqliteDataReader? Reader { get; set; }
    }
}
