using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.Data.Storage;

/// <summary>
/// Adds our SQL functions to every SQLite connection EF creates. Once per connection object is enough:
/// Microsoft.Data.Sqlite keeps registered functions and applies them again on each open, and pooled contexts keep
/// their connection object, so nothing is registered per request.
/// </summary>
internal sealed class SqliteFunctionsInterceptor : DbConnectionInterceptor
{
    public static readonly SqliteFunctionsInterceptor Instance = new();

    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        if (result is SqliteConnection sqlite) TextFolding.Register(sqlite);
        return result;
    }
}
