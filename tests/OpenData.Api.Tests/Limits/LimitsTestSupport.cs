using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Limits;

/// <summary>Builds in-process APIs with given settings, a test-only client address, and captured logs.</summary>
public static class LimitsApi
{
    /// <summary>The test server has no TCP peer: this header sets <c>RemoteIpAddress</c>, as a socket would.</summary>
    public const string ClientAddressHeader = "X-Test-Client-Address";

    public static ApiFactory Create(IDictionary<string, string?> settings, CapturedLogs? logs = null, Action<IServiceCollection>? services = null)
    {
        var factory = new ApiFactory
        {
            ConfigureServices = s =>
            {
                s.AddSingleton<IStartupFilter, ClientAddressFilter>();
                if (logs is not null) s.AddSingleton<ILoggerProvider>(logs);
                services?.Invoke(s);
            },
        };
        foreach (var (key, value) in settings) factory.Settings[key] = value;
        return factory;
    }

    /// <summary>Sends as the client at <paramref name="address"/>.</summary>
    public static HttpRequestMessage From(this HttpRequestMessage request, string address)
    {
        request.Headers.TryAddWithoutValidation(ClientAddressHeader, address);
        return request;
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (http.Request.Headers.TryGetValue(ClientAddressHeader, out var value) && IPAddress.TryParse(value, out var address))
                    http.Connection.RemoteIpAddress = address;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}

/// <summary>Keeps every log entry (level, category, message, exception) for assertions.</summary>
public sealed class CapturedLogs(LogLevel minimum = LogLevel.Information) : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public LogLevel Minimum { get; } = minimum;

    public IEnumerable<Entry> AtLeast(LogLevel level) => Entries.Where(e => e.Level >= level);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= owner.Minimum && logLevel != LogLevel.None;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner.Entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
        }
    }
}
