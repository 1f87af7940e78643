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

    private IReadOnlyDictionary<string, object?>[] RequestEvents() =>
        _logs.Events.Where(e => e.EventName == "GraphQLRequest").Select(e => e.State).ToArray();

    [Fact]
    public async Task Each_graphql_request_is_one_structured_event_with_operation_status_and_duration()
    {
        var client = _api.CreateClient();
        await client.SendAsync(PostQuery("query Rankings { area(code: \"VNM\") { code } }"));
        await client.SendAsync(Get("query=" + Encode("{ nope }")));

        var events = RequestEvents();
        Assert.Equal(2, events.Length);
        Assert.Equal("Rankings", events[0]["OperationName"]);
        Assert.Equal("query", events[0]["OperationType"]);
        Assert.Equal("POST", events[0]["Method"]);
        Assert.Equal(200, events[0]["StatusCode"]);
        Assert.Equal(GraphQLResponse, events[0]["MediaType"]);
        Assert.True((double)events[0]["DurationMs"]! > 0);
        Assert.Equal(0, events[0]["ErrorCount"]);
        Assert.True(events[0].ContainsKey("Cost"));

        Assert.Equal(400, events[1]["StatusCode"]);
        Assert.Equal(1, events[1]["ErrorCount"]);
    }

    [Fact]
    public async Task Other_paths_are_not_logged_as_graphql_requests()
    {
        await _api.CreateClient().GetAsync("/downloads");
        Assert.Empty(RequestEvents());
    }

    private sealed record Captured(string EventName, IReadOnlyDictionary<string, object?> State);

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
                events.Enqueue(new Captured(eventId.Name ?? "", values.ToDictionary(p => p.Key, p => p.Value)));
            }
        }
    }
}
