using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using OpenData.Api.Http;

namespace OpenData.Benchmarks;

/// <summary><see cref="AcceptNegotiation.Choose"/> on the Accept headers clients really send.</summary>
[Config(typeof(BenchConfig)), MemoryDiagnoser]
public class AcceptNegotiationBenchmarks
{
    private static readonly Dictionary<string, string?> Headers = new()
    {
        ["none"] = null,
        ["graphql-response+json"] = "application/graphql-response+json",
        ["graphql-http client"] = "application/graphql-response+json, application/json;q=0.9",
        ["browser"] = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
    };

    private StringValues _accept;

    [ParamsSource(nameof(Names))]
    public string Accept { get; set; } = "none";

    public static IEnumerable<string> Names => Headers.Keys;

    [GlobalSetup]
    public void Setup() => _accept = Headers[Accept] is { } value ? new StringValues(value) : StringValues.Empty;

    [Benchmark]
    public string? Choose() => AcceptNegotiation.Choose(_accept);
}

/// <summary>
/// <see cref="GraphQLRequestReader"/> on a small request (the harness's small query), built from the API's own services.
/// Each call makes a <see cref="DefaultHttpContext"/> as Kestrel would; <see cref="ContextOnly"/> is that part alone.
/// </summary>
[Config(typeof(BenchConfig)), MemoryDiagnoser]
public class RequestReaderBenchmarks
{
    private GraphQLRequestReader _reader = null!;
    private byte[] _body = [];
    private string _queryString = "";

    [GlobalSetup]
    public void Setup()
    {
        _reader = ActivatorUtilities.GetServiceOrCreateInstance<GraphQLRequestReader>(BenchApi.Shared.Services);
        _body = Encoding.UTF8.GetBytes(BenchQueries.Small.Body);
        _queryString = QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("query", BenchQueries.Small.Query),
            new("variables", BenchQueries.Small.VariablesJson),
        }).Value!;
        // Fail here, not with a misleading number, if the request is refused.
        var (request, problem) = ReadPost().GetAwaiter().GetResult();
        if (request is null) throw new InvalidOperationException($"POST refused: {problem}");
        (request, problem) = ReadGet().GetAwaiter().GetResult();
        if (request is null) throw new InvalidOperationException($"GET refused: {problem}");
    }

    [Benchmark]
    public HttpContext ContextOnly() => PostContext();

    [Benchmark]
    public Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadPost() =>
        _reader.ReadAsync(PostContext().Request, CancellationToken.None);

    [Benchmark]
    public Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadGet()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Get;
        http.Request.QueryString = new QueryString(_queryString);
        return _reader.ReadAsync(http.Request, CancellationToken.None);
    }

    private DefaultHttpContext PostContext()
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Post;
        http.Request.ContentType = "application/json";
        http.Request.ContentLength = _body.Length;
        http.Request.Body = new MemoryStream(_body, writable: false);
        return http;
    }
}
