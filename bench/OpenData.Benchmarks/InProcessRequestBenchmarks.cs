using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace OpenData.Benchmarks;

/// <summary>
/// One whole request through the API's middleware, endpoint, graphql-dotnet and EF Core on SQLite, in process
/// (ASP.NET Core's TestServer: no sockets, no Kestrel). Allocations per request are the figure to watch here; for
/// throughput over real HTTP use bench/run.
/// </summary>
[Config(typeof(BenchConfig)), MemoryDiagnoser]
public class InProcessRequestBenchmarks
{
    private HttpClient _client = null!;
    private BenchQuery _query = null!;

    [Params("small", "rankings", "rows100")]
    public string Query { get; set; } = "small";

    /// <summary>false: <c>Cache-Control: no-cache</c>, so the query executes (as bench/run's uncached scenarios).</summary>
    [Params(false, true)]
    public bool Cached { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var api = BenchApi.Shared;
        _client = api.CreateBenchClient();
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (!Cached) _client.DefaultRequestHeaders.CacheControl = new CacheControlHeaderValue { NoCache = true };
        _query = Query switch
        {
            "small" => BenchQueries.Small,
            "rankings" => BenchQueries.Rankings,
            "rows100" => BenchQueries.Rows(100, api.HasObservationsConnection),
            _ => throw new ArgumentOutOfRangeException(nameof(Query)),
        };
        var text = await Post();
        if (text.Contains("\"errors\"", StringComparison.Ordinal)) throw new InvalidOperationException($"{Query}: {text[..Math.Min(text.Length, 500)]}");
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark]
    public async Task<string> Post()
    {
        using var content = new StringContent(_query.Body, Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/graphql", content);
        return await response.Content.ReadAsStringAsync();
    }
}
