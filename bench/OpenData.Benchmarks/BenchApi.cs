using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Execution;

namespace OpenData.Benchmarks;

/// <summary>
/// The real API in process (its own services, schema and serializer, exactly as configured in production), on a
/// SQLite file built once from the benchmark dataset (<see cref="BenchSeed"/>) in the temp folder. Shared by every
/// benchmark of the process.
/// </summary>
public sealed class BenchApi : WebApplicationFactory<Program>
{
    public const string ApiKey = "opendata-benchmarks-key-0123456789";
    private static readonly Lazy<BenchApi> SharedInstance = new(() =>
    {
        // WebApplicationFactory looks for the API's content root from the working directory or the solution; the
        // output folder has the API's appsettings.json, and this works from any working directory.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OPENDATA_API", AppContext.BaseDirectory);
        var api = new BenchApi();
        _ = api.Services; // starts the host: the database is built (or found up to date) here, not in a measurement
        return api;
    });

    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "opendata-benchmarks");

    public static BenchApi Shared => SharedInstance.Value;

    public static void DisposeShared()
    {
        if (SharedInstance.IsValueCreated) SharedInstance.Value.Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var seed = BenchSeed.Write(Path.Combine(AppContext.BaseDirectory, "seed"), Path.Combine(Folder, "seed"));
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(Folder, "opendata.db")}");
        builder.UseSetting("Storage:SeedPath", seed);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The rate limiter stays in the path, with a budget the benchmarks cannot exhaust (ignored by builds without it).
        builder.UseSetting("RateLimit:ApiKeys:0:Name", "benchmarks");
        builder.UseSetting("RateLimit:ApiKeys:0:Key", ApiKey);
        builder.UseSetting("RateLimit:ApiKeys:0:Budget", "2000000000");
    }

    /// <summary>An HTTP client of the in-process server, sending the benchmark's API key.</summary>
    public HttpClient CreateBenchClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
        return client;
    }

    /// <summary>True when the schema has the root <c>observations</c> connection (src/Api/Querying).</summary>
    public bool HasObservationsConnection
    {
        get
        {
            var schema = Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema.Query.GetField("observations") is not null;
        }
    }

    /// <summary>Executes a query as the endpoint does (a POST), returning graphql-dotnet's result, unserialized.</summary>
    public async Task<ExecutionResult> ExecuteAsync(BenchQuery query)
    {
        var executer = Services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = Services.GetRequiredService<IGraphQLTextSerializer>();
        await using var scope = Services.CreateAsyncScope();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = query.Query;
            options.Variables = serializer.Deserialize<Inputs>(query.VariablesJson);
            options.RequestServices = scope.ServiceProvider;
            options.UserContext = new RequestContext { HttpMethod = "POST" };
        });
        if (result.Errors is { Count: > 0 } errors)
            throw new InvalidOperationException($"{query.Name}: {string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}"))}");
        return result;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}
