using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Storage;

/// <summary>
/// SQLite statements are compiled once per connection and SQL text and reused (<see cref="SqlitePreparedStatements"/>):
/// reuse must never change an answer, whatever the parameters, an open reader of the same SQL, or a transaction.
/// </summary>
public sealed class PreparedStatementTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;
    private IDbContextFactory<OpenDataDbContext> _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(StorageProvider.Sqlite);
        await using (var setup = _database.NewContext())
        {
            await setup.Database.EnsureCreatedAsync();
            setup.Areas.AddRange(
                new Area { Code = "VNM", Kind = AreaKind.Country, NameEn = "Viet Nam" },
                new Area { Code = "THA", Kind = AreaKind.Country, NameEn = "Thailand" },
                new Area { Code = "WLD", Kind = AreaKind.Aggregate, NameEn = "World" });
            await setup.SaveChangesAsync();
        }
        // Pooled contexts, as in the API: their connections (and so statements) outlive each request.
        _services = _database.PooledContexts();
        _factory = _services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static Task<string?> NameOf(OpenDataDbContext db, string code) =>
        db.Areas.Where(a => a.Code == code).Select(a => a.NameEn).SingleOrDefaultAsync();

    [Fact]
    public async Task One_statement_serves_the_same_query_with_each_parameters_own_answer()
    {
        await using var db = await _factory.CreateDbContextAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        Assert.Equal("Viet Nam", await NameOf(db, "VNM"));
        var kept = SqlitePreparedStatements.Instance.CountFor(connection);
        Assert.True(kept >= 1);

        Assert.Equal("Thailand", await NameOf(db, "THA"));
        Assert.Null(await NameOf(db, "XXX"));
        Assert.Equal("Viet Nam", await NameOf(db, "VNM"));
        Assert.Equal(kept, SqlitePreparedStatements.Instance.CountFor(connection));
    }

    [Fact]
    public async Task Concurrent_requests_on_pooled_contexts_each_get_their_own_answer()
    {
        string[] codes = ["VNM", "THA", "WLD"];
        string[] names = ["Viet Nam", "Thailand", "World"];
        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                var pick = (worker + i) % codes.Length;
                await using var db = await _factory.CreateDbContextAsync();
                Assert.Equal(names[pick], await NameOf(db, codes[pick]));
            }
        }));
        await Task.WhenAll(workers);
    }

    [Fact]
    public async Task The_same_query_run_while_its_statement_is_still_being_read_gets_its_own_answer()
    {
        await using var db = await _factory.CreateDbContextAsync();
        IQueryable<string> CodesOf(AreaKind kind) => db.Areas.Where(a => a.Kind == kind).OrderBy(a => a.Code).Select(a => a.Code);

        var outer = new List<string>();
        var inner = new List<string>();
        await foreach (var code in CodesOf(AreaKind.Country).AsAsyncEnumerable())
        {
            outer.Add(code);
            inner.AddRange(await CodesOf(AreaKind.Aggregate).ToListAsync());
        }

        Assert.Equal(["THA", "VNM"], outer);
        Assert.Equal(["WLD", "WLD"], inner);
    }

    [Fact]
    public async Task A_kept_statement_reads_inside_the_transaction_that_is_open()
    {
        await using var db = await _factory.CreateDbContextAsync();
        Assert.Null(await NameOf(db, "LAO"));

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var kept = SqlitePreparedStatements.Instance.CountFor(connection);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Areas.Add(new Area { Code = "LAO", Kind = AreaKind.Country, NameEn = "Lao PDR" });
            await db.SaveChangesAsync();
            // The INSERT ran on EF's own command: only queries are kept.
            Assert.Equal(kept, SqlitePreparedStatements.Instance.CountFor(connection));
            Assert.Equal("Lao PDR", await NameOf(db, "LAO"));
            await transaction.RollbackAsync();
        }
        db.ChangeTracker.Clear();

        Assert.Null(await NameOf(db, "LAO"));
    }

    [Fact]
    public async Task Past_the_bound_statements_are_dropped_and_answers_stay_right()
    {
        await using var db = await _factory.CreateDbContextAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        for (var i = 0; i <= SqlitePreparedStatements.MaxPerConnection; i++)
        {
            // A distinct SQL text each time, as user filters can make (a constant that changes; no value from outside).
            var sql = "SELECT Code AS Value FROM Areas WHERE Id > -" + i + " ORDER BY Code";
            var rows = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
            Assert.Equal(["THA", "VNM", "WLD"], rows);
            Assert.InRange(SqlitePreparedStatements.Instance.CountFor(connection), 1, SqlitePreparedStatements.MaxPerConnection);
        }
        Assert.Equal("Viet Nam", await NameOf(db, "VNM"));
    }
}
