using Npgsql;
using OpenData.Data.Storage;

namespace OpenData.Data.Tests.Storage;

/// <summary>Npgsql's pool is tuned for a read-mostly service, but an operator's own connection string has the last word.</summary>
public sealed class PostgresTuningTests
{
    [Fact]
    public void Connections_are_not_reset_on_return_and_frequent_statements_are_prepared_by_default()
    {
        var tuned = new NpgsqlConnectionStringBuilder(StorageSetup.TunePostgres("Host=db;Username=api;Password=secret;Database=opendata"));
        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(StorageSetup.PostgresMaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal("db", tuned.Host);
        Assert.Equal("secret", tuned.Password);
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;NoResetOnClose=false;MaxAutoPrepare=0")]
    public void Settings_the_connection_string_gives_are_kept(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(StorageSetup.TunePostgres(connectionString));
        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
