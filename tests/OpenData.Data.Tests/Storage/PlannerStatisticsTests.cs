using Microsoft.EntityFrameworkCore;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Import;
using OpenData.Data.Tests.Infrastructure;
using OpenData.Data.Tests.Seed;

namespace OpenData.Data.Tests.Storage;

/// <summary>
/// After a load PostgreSQL plans with statistics of the rows loaded, not with its defaults for a table never analyzed
/// (<c>pg_class.reltuples</c> is -1 until the first ANALYZE; ANALYZE sets it to the rows it counted).
/// </summary>
public sealed class PlannerStatisticsTests
{
    [PostgresFact]
    public async Task The_seed_load_leaves_every_table_analyzed_with_its_row_count()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Postgres);
        await SeedTesting.LoadAsync(database);

        await using var db = database.NewContext();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Distinct().ToList();
        Assert.Contains("Sources", tables);
        foreach (var table in tables)
            Assert.Equal((table, await CountAsync(db, table)), (table, await EstimatedRowsAsync(db, table)));
    }

    [PostgresFact]
    public async Task An_import_refreshes_the_statistics_of_what_it_changed()
    {
        await using var bed = await ImportBed.CreateAsync(StorageProvider.Postgres);
        await using var db = bed.NewContext();
        Assert.Equal(-1, await EstimatedRowsAsync(db, "RankingEntries"));

        await bed.ImportAsync("egdi", bed.Write("EGOV_DATA_2022.csv", Fixtures.Egdi2022));

        Assert.Equal(4, await CountAsync(db, "RankingEntries"));
        Assert.Equal(4, await EstimatedRowsAsync(db, "RankingEntries"));
    }

    // A table name cannot be a parameter; these are the model's.
#pragma warning disable EF1003
    private static Task<long> CountAsync(OpenDataDbContext db, string table) =>
        db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM \"" + table + "\"").SingleAsync();
#pragma warning restore EF1003

    private static Task<long> EstimatedRowsAsync(OpenDataDbContext db, string table) =>
        db.Database.SqlQuery<long>($"SELECT reltuples::bigint AS \"Value\" FROM pg_class WHERE oid = {'"' + table + '"'}::regclass").SingleAsync();
}
