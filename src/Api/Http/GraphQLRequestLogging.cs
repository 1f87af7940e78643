using System.Diagnostics;
using GraphQL;
using OpenData.Api.Limits;

namespace OpenData.Api.Http;

/// <summary>
/// What the request log records about one GraphQL request beyond HTTP: the endpoint fills it in from the
/// execution result (<see cref="Record"/>) and the cost analysis sets <see cref="Cost"/>.
/// </summary>
public sealed class GraphQLRequestLogFeature
{
    /// <summary>The operation that ran (from the document), or the <c>operationName</c> the client asked for.</summary>
    public string? OperationName { get; set; }

    /// <summary>query, mutation or subscription, once the document parsed.</summary>
    public string? OperationType { get; set; }

    /// <summary>
    /// Hook for the cost analysis: the operation's cost in points, logged as <c>Cost</c>. When nothing sets it, the
    /// log takes <see cref="RateLimitFeature.Cost"/> (src/Api/Limits); null when no cost was computed (a request error).
    /// </summary>
    public long? Cost { get; set; }

    /// <summary>Number of errors in the result.</summary>
    public int ErrorCount { get; set; }

    public void Record(ExecutionResult result, string? requestedOperationName)
    {
        OperationName = result.Operation?.Name?.StringValue ?? requestedOperationName;
        OperationType = result.Operation?.Operation.ToString().ToLowerInvariant();
        ErrorCount = result.Errors?.Count ?? 0;
    }
}

/// <summary>
/// One structured log event per request to the GraphQL endpoint (event <c>GraphQLRequest</c>, id 1000): method,
/// operation name and type, status code, response media type, duration in milliseconds, cost and error count.
/// Requests that need attention (an error, a status of 400 or more, or slower than <see cref="SlowRequestMs"/>) are
/// logged at Information; the rest at Debug, because writing a console line per request cost about a third of the
/// CPU of a cached answer (bench/README.md). <c>Logging:LogLevel:OpenData.Api.Http.GraphQLRequestLogging=Debug</c>
/// logs every request. With <c>Logging:Console:FormatterName=json</c> each event is one JSON line.
/// </summary>
public sealed partial class GraphQLRequestLogging(RequestDelegate next, ILogger<GraphQLRequestLogging> logger)
{
    /// <summary>A request at least this slow is logged at Information even when it succeeded.</summary>
    public const double SlowRequestMs = 1000;

    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.Equals(GraphQLEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }
        var feature = new GraphQLRequestLogFeature();
        http.Features.Set(feature);
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(http);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            var duration = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2);
            var status = failed && !http.Response.HasStarted ? StatusCodes.Status500InternalServerError : http.Response.StatusCode;
            var level = status >= 400 || feature.ErrorCount > 0 || duration >= SlowRequestMs ? LogLevel.Information : LogLevel.Debug;
            if (logger.IsEnabled(level))
            {
                var mediaType = http.Response.ContentType?.Split(';', 2)[0];
                var cost = feature.Cost ?? http.Features.Get<RateLimitFeature>()?.Cost;
                LogRequest(logger, level, http.Request.Method, feature.OperationType ?? "-", feature.OperationName ?? "-", status,
                    mediaType ?? "-", duration, cost, feature.ErrorCount);
            }
        }
    }

    [LoggerMessage(EventId = 1000, EventName = "GraphQLRequest",
        Message = "GraphQL {Method} {OperationType} {OperationName} answered {StatusCode} {MediaType} in {DurationMs} ms (cost {Cost}, {ErrorCount} errors)")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string operationType, string operationName, int statusCode,
        string mediaType, double durationMs, long? cost, int errorCount);
}

public static class GraphQLRequestLoggingExtensions
{
    /// <summary>Logs every request to <see cref="GraphQLEndpoint.Path"/> (see <see cref="GraphQLRequestLogging"/>).</summary>
    public static IApplicationBuilder UseGraphQLRequestLogging(this IApplicationBuilder app) => app.UseMiddleware<GraphQLRequestLogging>();
}
