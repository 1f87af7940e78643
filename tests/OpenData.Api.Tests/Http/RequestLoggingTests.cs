using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Api.Http;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Http;

public sealed class RequestLoggingTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ApiFactory _api;

    public RequestLoggingTests()
    {
        _api = new ApiFactory { ConfigureServices = services => services.AddSingleton<ILoggerProvider>(_logs) };
    }

    public void Dispose() => _api.Dispose();

    private Captured[] RequestEvents() => _logs.Events.Where(e => e.EventName == "GraphQLRequest").ToArray();

    [Fact]
    public async Task Each_graphql_request_is_one_structured_event_with_operation_status_and_duration()
    {
        _api.Settings["Logging:LogLevel:OpenData.Api.Http.GraphQLRequestLogging"] = "Debug";
        var client = _api.CreateClient();
        await client.SendAsync(PostQuery("query Rankings { area(code: \"VNM\") { code } }"));
        await client.SendAsync(Get("query=" + Encode("{ nope }")));

        var events = RequestEvents();
        Assert.Equal(2, events.Length);
        Assert.Equal("Rankings", events[0].State["OperationName"]);
        Assert.Equal("query", events[0].State["OperationType"]);
        Assert.Equal("POST", events[0].State["Method"]);
        Assert.Equal(200, events[0].State["StatusCode"]);
        Assert.Equal(GraphQLResponse, events[0].State["MediaType"]);
        Assert.True((double)events[0].State["DurationMs"]! > 0);
        Assert.Equal(0, events[0].State["ErrorCount"]);
        Assert.True(events[0].State.ContainsKey("Cost"));
        // A fast success is routine: Debug. An error needs attention: Information.
        Assert.Equal(LogLevel.Debug, events[0].Level);

        Assert.Equal(400, events[1].State["StatusCode"]);
        Assert.Equal(1, events[1].State["ErrorCount"]);
        Assert.Equal(LogLevel.Information, events[1].Level);
    }

    [Fact]
    public async Task By_default_only_requests_that_need_attention_are_logged()
    {
        var client = _api.CreateClient();
        await client.SendAsync(PostQuery("{ area(code: \"VNM\") { code } }"));
        await client.SendAsync(PostQuery("{ nope }"));

        var only = Assert.Single(RequestEvents());
        Assert.Equal(1, only.State["ErrorCount"]);
        Assert.Equal(LogLevel.Information, only.Level);
    }

    [Fact]
    public async Task Other_paths_are_not_logged_as_graphql_requests()
    {
        await _api.CreateClient().GetAsync("/downloads");
        Assert.Empty(RequestEvents());
    }

    private sealed record Captured(string EventName, LogLevel Level, IReadOnlyDictionary<string, object?> State);

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<Captured> Events { get; } = new();

        public ILogger CreateLogger(string categoryName) =>
            categoryName == typeof(GraphQLRequestLogging).FullName ? new Logger(Events) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose() { }

        private sealed class Logger(ConcurrentQueue<Captured> events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
                events.Enqueue(new Captured(eventId.Name ?? "", logLevel, values.ToDictionary(p => p.Key, p => p.Value)));
            }
        }
    }
}
