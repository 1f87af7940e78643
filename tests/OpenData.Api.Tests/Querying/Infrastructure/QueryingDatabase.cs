using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenData.Api.Querying;

namespace OpenData.Api.Tests.Querying.Infrastructure;

/// <summary>
/// One provider's fresh database with <see cref="TestData"/>, and a graphql-dotnet schema over it built with the
/// querying module (no HTTP, no OpenData schema). PostgreSQL runs when <c>OPENDATA_TEST_POSTGRES</c> is set
/// (required under CI=true); its database is created here and dropped on dispose.
/// </summary>
public sealed class QueryingDatabase : IAsyncDisposable
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string PostgresVariable = "OPENDATA_TEST_POSTGRES";

    /// <summary>Test settings: a small default page and maximum, bound from configuration like the API's.</summary>
    public const int DefaultPageSize = 5;
    public const int MaxPageSize = 100;

    private readonly ServiceProvider _services;
    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private QueryingDatabase(ServiceProvider services, SqlCapture sql, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        _services = services;
        Sql = sql;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public SqlCapture Sql { get; }

    public IServiceProvider Services => _services;

    /// <summary>SQLite always; PostgreSQL when configured, and always under CI.</summary>
    public static IReadOnlyList<string> Providers()
    {
        if (PostgresAdmin() is not null) return [Sqlite, Postgres];
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"CI must provide PostgreSQL: set {PostgresVariable}.");
        return [Sqlite];
    }

    private static string? PostgresAdmin() => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    public static async Task<QueryingDatabase> CreateAsync(string provider)
    {
        var sql = new SqlCapture();
        string? sqliteFile = null, admin = null, name = null;
        Action<DbContextOptionsBuilder> configure;
        if (provider == Sqlite)
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"opendata-querying-{Guid.NewGuid():N}.db");
            var connection = $"Data Source={sqliteFile};Pooling=False";
            configure = o => o.UseSqlite(connection).AddInterceptors(new TestFolding.SqliteInterceptor(), sql);
        }
        else
        {
            admin = PostgresAdmin() ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
            name = $"od_querying_{Guid.NewGuid():N}";
            await using (var conn = new NpgsqlConnection(admin))
            {
                await conn.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
                await create.ExecuteNonQueryAsync();
            }
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
            configure = o => o.UseNpgsql(connection).AddInterceptors(sql);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Querying:DefaultPageSize"] = DefaultPageSize.ToString(),
            ["Querying:MaxPageSize"] = MaxPageSize.ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddDbContextFactory<QueryingTestDbContext>(configure);
        services.AddQuerying(configuration, o =>
        {
            o.FoldFunction = typeof(QueryingTestDbContext).GetMethod(nameof(QueryingTestDbContext.Fold));
            o.FoldValue = TestFolding.Fold;
        });
        services.AddSingleton<QueryGraphTypes>();
        services.AddTransient<QueryingTestQuery>().AddTransient<CountryGraphType>().AddTransient<CityGraphType>()
            .AddTransient<MeasurementGraphType>().AddTransient<CityKindGraphType>();
        services.AddGraphQL(b => b.AddSchema<QueryingTestSchema>().AddSystemTextJson());
        var provider_ = services.BuildServiceProvider();

        var database = new QueryingDatabase(provider_, sql, sqliteFile, admin, name);
        await using (var db = await provider_.GetRequiredService<IDbContextFactory<QueryingTestDbContext>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
            if (provider == Postgres) await db.Database.ExecuteSqlRawAsync(TestFolding.PostgresDefinition);
            db.Countries.AddRange(TestData.Countries());
            db.Cities.AddRange(TestData.Cities());
            db.Measurements.AddRange(TestData.Measurements());
            await db.SaveChangesAsync();
        }
        sql.Clear();
        return database;
    }

    /// <summary>Runs a GraphQL document and returns the serialized response as JSON; the SQL it ran is in <see cref="Sql"/>.</summary>
    public async Task<JsonObject> ExecuteAsync(string query, string? variablesJson = null)
    {
        Sql.Clear();
        var serializer = _services.GetRequiredService<IGraphQLTextSerializer>();
        var executer = _services.GetRequiredService<IDocumentExecuter<QueryingTestSchema>>();
        using var scope = _services.CreateScope();
        var result = await executer.ExecuteAsync(o =>
        {
            o.Query = query;
            o.Variables = variablesJson is null ? null : serializer.Deserialize<Inputs>(variablesJson);
            o.RequestServices = scope.ServiceProvider;
        });
        return JsonNode.Parse(serializer.Serialize(result))!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            if (File.Exists(_sqliteFile)) File.Delete(_sqliteFile);
        }
        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_postgresAdmin);
            await conn.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>
/// Per test class: a fresh database on each provider (SQLite, and PostgreSQL when configured), dropped after the class.
/// </summary>
public sealed class QueryingFixture : IAsyncLifetime
{
    private readonly Dictionary<string, QueryingDatabase> _databases = [];

    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string>();
        foreach (var provider in QueryingDatabase.Providers()) data.Add(provider);
        return data;
    }

    /// <summary>Every provider with every case: the cross product for data-driven theories.</summary>
    public static TheoryData<string, T1, T2> WithProviders<T1, T2>(IEnumerable<(T1, T2)> cases)
    {
        var data = new TheoryData<string, T1, T2>();
        foreach (var provider in QueryingDatabase.Providers())
            foreach (var (a, b) in cases) data.Add(provider, a, b);
        return data;
    }

    public QueryingDatabase this[string provider] => _databases[provider];

    public async Task InitializeAsync()
    {
        foreach (var provider in QueryingDatabase.Providers()) _databases[provider] = await QueryingDatabase.CreateAsync(provider);
    }

    public async Task DisposeAsync()
    {
        foreach (var database in _databases.Values) await database.DisposeAsync();
    }
}
