using Npgsql;
using OpenData.Api.Downloads;
using OpenData.Api.Tests.Csv;

namespace OpenData.Api.Tests.Downloads;

/// <summary>
/// The downloads are the same bytes on PostgreSQL as on SQLite: same rows, same order, numbers without
/// PostgreSQL's trailing zeros (numeric(18,6) gives 11.910000). Runs when <c>OPENDATA_TEST_POSTGRES</c> is set;
/// under CI (<c>CI=true</c>) a missing server is a failure, never a skip.
/// </summary>
[Collection(FrontDoorCollection.Name)]
public sealed class PostgresDownloadTests(FrontDoorApi sqlite) : IAsyncLifetime
{
    private const string Variable = "OPENDATA_TEST_POSTGRES";
    private static readonly string? Admin = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;
    private readonly string _database = $"od_test_downloads_{Guid.NewGuid():N}";
    private FrontDoorApi? _postgres;

    public Task InitializeAsync()
    {
        if (Admin is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"CI must provide PostgreSQL: set {Variable}.");
            return Task.CompletedTask;
        }
        _postgres = new FrontDoorApi();
        _postgres.Settings["Storage:Provider"] = "Postgres";
        _postgres.Settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(Admin) { Database = _database }.ConnectionString;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_postgres is null) return;
        _postgres.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    // Each database was built at its own moment; everything else must agree.
    private static string WithoutBuildTimes(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, "\"(builtAt|updatedAt)\": ?\"[^\"]*\"", "\"$1\":\"…\"");

    [Fact]
    public async Task Every_download_is_byte_for_byte_the_same_on_postgresql_as_on_sqlite()
    {
        if (_postgres is null) return; // no PostgreSQL outside CI
        var onSqlite = sqlite.CreateClient();
        var onPostgres = _postgres.CreateClient();
        foreach (var file in DownloadCatalog.Tables.Select(t => t.Name).Append(DownloadEndpoints.Dictionary)
                     .SelectMany(name => new[] { name + ".csv", name + ".json" }))
        {
            var expected = WithoutBuildTimes(await onSqlite.GetStringAsync("/downloads/" + file));
            var actual = WithoutBuildTimes(await onPostgres.GetStringAsync("/downloads/" + file));
            if (file.EndsWith(".csv", StringComparison.Ordinal)) Assert.True(CsvText.Parse(System.Text.Encoding.UTF8.GetBytes(actual)).Rows.Count > 0, file);
            Assert.True(expected == actual, $"{file} differs:\nSQLite:     {expected[..Math.Min(400, expected.Length)]}\nPostgreSQL: {actual[..Math.Min(400, actual.Length)]}");
        }
    }
}
