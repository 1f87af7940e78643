using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Storage;

/// <summary>
/// A pooled context keeps its SQLite connection open between uses (the API's set-up), yet reads what another
/// process wrote in the meantime; a context that is disposed (tools, importers, tests) closes it.
/// </summary>
public sealed class KeptOpenConnectionTests
{
    [Fact]
    public async Task A_pooled_context_keeps_its_connection_open_and_still_sees_other_writers()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        await using (var setup = database.NewContext())
        {
            await setup.Database.EnsureCreatedAsync();
            setup.Areas.Add(new Area { Code = "VNM", Kind = AreaKind.Country, NameEn = "Viet Nam" });
            await setup.SaveChangesAsync();
        }

        var services = database.PooledContexts();
        var factory = services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>();

        IDbConnection firstConnection;
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Areas.CountAsync());
            firstConnection = db.Database.GetDbConnection();
        }
        Assert.Equal(ConnectionState.Open, firstConnection.State);

        // Another writer, as the import command in its own process would be.
        await using (var writer = new SqliteConnection(database.Options.ConnectionString))
        {
            await writer.OpenAsync();
            await using var insert = writer.CreateCommand();
            insert.CommandText = "INSERT INTO Areas (Code, Kind, NameEn) VALUES ('WLD', 'Aggregate', 'World')";
            await insert.ExecuteNonQueryAsync();
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Same(firstConnection, db.Database.GetDbConnection());
            Assert.Equal(["VNM", "WLD"], await db.Areas.OrderBy(a => a.Code).Select(a => a.Code).ToListAsync());
            // Our SQL function is still registered on the connection kept open.
            Assert.Equal(1, await db.Areas.CountAsync(a => OpenDataDbContext.Fold(a.NameEn) == "viet nam"));
        }

        await services.DisposeAsync();
    }

    [Fact]
    public async Task A_context_that_is_disposed_closes_its_connection()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        IDbConnection connection;
        await using (var db = database.NewContext())
        {
            await db.Database.EnsureCreatedAsync();
            Assert.Equal(0, await db.Areas.CountAsync());
            connection = db.Database.GetDbConnection();
            Assert.Equal(ConnectionState.Open, connection.State);
        }
        Assert.Equal(ConnectionState.Closed, connection.State);
    }
}
