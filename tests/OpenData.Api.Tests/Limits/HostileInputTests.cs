using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Limits;

/// <summary>
/// 100,000 generated requests (random bytes, truncated and mutated queries, deep nesting, huge strings, lists and
/// variables, wrong JSON types, wrong content types and methods, fragment and alias bombs, token soup) against the
/// in-process server with the default limits, many at a time. Zero 5xx, zero errors logged, and every answer
/// GraphQL-shaped: a JSON object with a non-empty <c>errors</c> list or a <c>data</c> entry, and no stack trace.
/// Deterministic: the requests depend only on <see cref="Seed"/>.
/// </summary>
[Collection(HostileCollection.Name)]
public sealed partial class HostileInputTests(ITestOutputHelper output)
{
    private const int Seed = 20261125;
    private static readonly int Requests = int.TryParse(Environment.GetEnvironmentVariable("OPENDATA_HOSTILE_REQUESTS"), out var n) && n > 0 ? n : 100_000; // the env var is for local runs; CI runs 100,000
    private static readonly int Concurrency = int.TryParse(Environment.GetEnvironmentVariable("OPENDATA_HOSTILE_CONCURRENCY"), out var c) && c > 0 ? c : 8;

    [Fact]
    public async Task A_hundred_thousand_hostile_requests_get_no_5xx_no_unhandled_exception_and_only_GraphQL_shaped_answers()
    {
        var logs = new CapturedLogs(LogLevel.Warning);
        using var api = LimitsApi.Create(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Ide:Enabled"] = "false",
            // 16 clients share the traffic; one of them uses a key with a small budget, so 429s are part of the mix.
            ["RateLimit:Anonymous:Budget"] = "10000000",
            ["RateLimit:ApiKeys:0:Name"] = "Greedy",
            ["RateLimit:ApiKeys:0:Key"] = Hostile.GreedyKey,
            ["RateLimit:ApiKeys:0:Budget"] = "500",
            ["RateLimit:TrustedProxies:0"] = "10.0.0.1",
            ["Limits:ExecutionTimeout"] = "00:00:20",
        }, logs);
        var client = api.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Infrastructure.GraphQLHttp.PostQuery("{ __typename }"))).StatusCode);

        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var kinds = new ConcurrentDictionary<string, (int Count, double Milliseconds)>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (i, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var generated = Hostile.Generate(new Random(Seed + i * 7919), i);
            try
            {
                using var response = await client.SendAsync(generated.Request);
                var text = await response.Content.ReadAsStringAsync();
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                kinds.AddOrUpdate(generated.Kind, (1, elapsed), (_, k) => (k.Count + 1, k.Milliseconds + elapsed));
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                var problem = Check(generated, response, text);
                if (problem is not null && failures.Count < 20) failures.Enqueue($"#{i} {generated.Kind}: {problem}");
            }
            catch (Exception ex)
            {
                failures.Enqueue($"#{i} {generated.Kind}: {ex.GetType().Name}: {ex.Message}");
            }
        });
        watch.Stop();

        output.WriteLine($"{Requests} requests in {watch.Elapsed.TotalSeconds:0.0} s ({Requests / watch.Elapsed.TotalSeconds:0} per second)");
        output.WriteLine("statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        foreach (var (kind, (count, ms)) in kinds.OrderByDescending(k => k.Value.Milliseconds))
            output.WriteLine($"  {kind}: {count} requests, {ms / count:0.00} ms each");
        var errors = logs.AtLeast(LogLevel.Error).Take(5).Select(e => $"{e.Category}: {e.Message} {e.Exception}").ToList();
        foreach (var error in errors) output.WriteLine(error);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
    }

    private static string? Check(Hostile.Generated generated, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return $"{status}: {Clip(text)}";
        if (generated.Request.Method == HttpMethod.Head) return null;
        // A CORS preflight is answered by the CORS middleware: 204, no body.
        if (generated.Request.Method == HttpMethod.Options && status == 204 && text.Length == 0) return null;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not ("application/json" or "application/graphql-response+json")) return $"{status} media type {mediaType}: {Clip(text)}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return $"{status} body is not JSON: {Clip(text)}";
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return $"{status} body is not an object: {Clip(text)}";
            var hasData = root.TryGetProperty("data", out _);
            var hasErrors = root.TryGetProperty("errors", out var errors);
            if (!hasData && !hasErrors) return $"{status} neither data nor errors: {Clip(text)}";
            if (hasErrors)
            {
                if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return $"{status} errors is not a non-empty list: {Clip(text)}";
                foreach (var error in errors.EnumerateArray())
                    if (!error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
                        return $"{status} an error without a message: {Clip(text)}";
            }
            if (!hasData && status == 200 && mediaType == "application/graphql-response+json")
                return $"200 without data under graphql-response+json: {Clip(text)}";
        }
        if (StackTrace().IsMatch(text)) return $"{status} a stack trace in the body: {Clip(text)}";
        return null;
    }

    private static string Clip(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(@"\bat [A-Z][\w.`]+[.<][\w<>`]+\(|Exception:|\.cs:line \d+")]
    private static partial Regex StackTrace();
}

/// <summary>The hostile run has the machine to itself: it does not run in parallel with other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCollection
{
    public const string Name = "Hostile input";
}
