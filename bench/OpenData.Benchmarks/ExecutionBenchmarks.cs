using BenchmarkDotNet.Attributes;
using GraphQL;

namespace OpenData.Benchmarks;

/// <summary>
/// graphql-dotnet's execution of the benchmark queries against the API's schema, EF Core and SQLite, without HTTP and
/// without serialization (the document comes from the API's document cache after the first call): the part between
/// <see cref="RequestReaderBenchmarks"/> and <see cref="SerializationBenchmarks"/>. The 10/100/1,000-row pages show
/// the cost per row; compare with bench/run's "Cost by rows returned".
/// </summary>
[Config(typeof(BenchConfig)), MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private BenchQuery _query = null!;

    [Params("small", "rankings", "rows10", "rows100", "rows1000")]
    public string Query { get; set; } = "small";

    [GlobalSetup]
    public async Task Setup()
    {
        var api = BenchApi.Shared;
        _query = Query switch
        {
            "small" => BenchQueries.Small,
            "rankings" => BenchQueries.Rankings,
            _ when Query.StartsWith("rows", StringComparison.Ordinal) => BenchQueries.Rows(int.Parse(Query[4..]), api.HasObservationsConnection),
            _ => throw new ArgumentOutOfRangeException(nameof(Query)),
        };
        await Execute(); // throws on errors
    }

    [Benchmark]
    public Task<ExecutionResult> Execute() => BenchApi.Shared.ExecuteAsync(_query);
}
