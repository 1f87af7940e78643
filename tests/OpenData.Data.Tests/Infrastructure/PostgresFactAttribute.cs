namespace OpenData.Data.Tests.Infrastructure;

/// <summary>
/// A test of PostgreSQL's own behaviour: it runs when <c>OPENDATA_TEST_POSTGRES</c> is set. Locally, without it, it is
/// reported as skipped; under <c>CI=true</c> it is never skipped, so a missing server fails it.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresConnectionString() is null && !TestDatabase.IsCi)
            Skip = $"Set {TestDatabase.PostgresVariable} to an Npgsql connection string to run the PostgreSQL tests.";
    }
}
