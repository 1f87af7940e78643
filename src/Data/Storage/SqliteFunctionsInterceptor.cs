using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Data.Storage;

/// <summary>Adds our SQL functions to every SQLite connection EF opens.</summary>
internal sealed class SqliteFunctionsInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteFunctionsInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite) TextFolding.Register(sqlite);
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ConnectionOpened(connection, eventData);
        return Task.CompletedTask;
    }
}
