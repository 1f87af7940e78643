using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hosting;

public sealed class ReadinessTests
{
    /// <summary>
    /// Runs on PostgreSQL, where the database can really become unreachable: connections to it are refused
    /// (ALLOW_CONNECTIONS false, sessions terminated), then allowed again.
    /// </summary>
    [Fact]
    public async Task Readyz_is_503_while_the_database_is_unreachable_and_200_when_it_is_back()
    {
        if (TestDatabase.PostgresConnectionString() is not { } admin)
        {
            Assert.False(TestDatabase.IsCi, $"CI must provide PostgreSQL: set {TestDatabase.PostgresVariable}.");
            return;
        }
        await using var api = new ApiFactory { Provider = StorageProvider.Postgres };
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var database = new NpgsqlConnectionStringBuilder(
            api.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value.ConnectionString).Database!;

        await SetConnectionsAsync(admin, database, allowed: false);
        try
        {
            var down = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("Unhealthy", await down.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }
        finally
        {
            await SetConnectionsAsync(admin, database, allowed: true);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    private static async Task SetConnectionsAsync(string admin, string database, bool allowed)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using (var alter = new NpgsqlCommand($"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS {(allowed ? "true" : "false")}", connection))
            await alter.ExecuteNonQueryAsync();
        if (!allowed)
        {
            await using var terminate = new NpgsqlCommand(
                $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()", connection);
            await terminate.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }
}
