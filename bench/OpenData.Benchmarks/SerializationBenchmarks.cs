using BenchmarkDotNet.Attributes;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace OpenData.Benchmarks;

/// <summary>
/// Writing an <see cref="ExecutionResult"/> (graphql-dotnet's execution tree, as the endpoint gets it) with the API's
/// <see cref="IGraphQLTextSerializer"/> (GraphQL.SystemTextJson, UTF-8 unescaped): pages of 10, 100 and 1,000
/// observations, so the cost per row shows.
/// </summary>
[Config(typeof(BenchConfig)), MemoryDiagnoser]
public class SerializationBenchmarks
{
    private IGraphQLTextSerializer _serializer = null!;
    private ExecutionResult _result = null!;

    [Params(10, 100, 1000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var api = BenchApi.Shared;
        _serializer = api.Services.GetRequiredService<IGraphQLTextSerializer>();
        _result = await api.ExecuteAsync(BenchQueries.Rows(Rows, api.HasObservationsConnection));
        var bytes = new MemoryStream();
        await _serializer.WriteAsync(bytes, _result);
        Console.WriteLine($"// {Rows} rows: {bytes.Length:N0} bytes");
    }

    [Benchmark]
    public Task WritePage() => _serializer.WriteAsync(Stream.Null, _result);
}
