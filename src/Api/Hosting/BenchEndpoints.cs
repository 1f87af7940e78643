using System.Collections.Concurrent;
using System.Text;

namespace OpenData.Api.Hosting;

/// <summary>
/// The benchmark's ceiling: pre-serialized JSON of a given size served by the same process and pipeline, so the
/// load harness (bench/) can compare GraphQL answers with the fastest this server could possibly answer.
/// Mapped only when <c>Bench:StaticEndpoint</c> is true; never in production.
/// </summary>
public static class BenchEndpoints
{
    private static readonly ConcurrentDictionary<int, byte[]> Bodies = new();

    public static IEndpointRouteBuilder MapBenchEndpoints(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("Bench:StaticEndpoint")) return app;
        app.MapGet("/bench/static", (int bytes) =>
        {
            var size = Math.Clamp(bytes, 16, 4 * 1024 * 1024);
            return Results.Bytes(Bodies.GetOrAdd(size, Build), "application/graphql-response+json; charset=utf-8");
        });
        return app;
    }

    /// <summary>A valid JSON body of exactly <paramref name="size"/> bytes: {"data":{"x":"aaa…"}}.</summary>
    private static byte[] Build(int size)
    {
        const string head = "{\"data\":{\"x\":\"", tail = "\"}}";
        return Encoding.UTF8.GetBytes(head + new string('a', size - head.Length - tail.Length) + tail);
    }
}
