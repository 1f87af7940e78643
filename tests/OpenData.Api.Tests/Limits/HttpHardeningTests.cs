using System.Net;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Data.Storage;
using System.Data.Common;
using System.Text.Json.Nodes;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Limits;

/// <summary>CORS, security headers, health endpoints: on the shared API, read-only.</summary>
[Collection(SharedApi.Name)]
public sealed class HttpHardeningTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_server_header()
    {
        foreach (var request in new[] { PostQuery("{ __typename }"), Post("{bad"), new HttpRequestMessage(HttpMethod.Get, "/healthz") })
        {
            var response = await _client.SendAsync(request);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task CORS_is_open_for_reads_and_exposes_the_rate_limit_headers()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", "https://example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type, x-api-key");
        var answer = await _client.SendAsync(preflight);
        Assert.True(answer.IsSuccessStatusCode, answer.StatusCode.ToString());
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", answer.Headers.GetValues("Access-Control-Allow-Methods")));

        var request = PostQuery("{ __typename }");
        request.Headers.Add("Origin", "https://example.org");
        var response = await _client.SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("RateLimit-Remaining", exposed);
        Assert.Contains("Retry-After", exposed);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Healthz_is_200_and_readyz_reports_the_database_and_the_rate_limit_store()
    {
        var live = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var ready = await _client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["rate-limit-store"]!["status"]!.GetValue<string>());
        Assert.Equal("memory", body["checks"]!["rate-limit-store"]!["data"]!["store"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_method_on_graphql_is_a_GraphQL_shaped_405()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("OD_METHOD_NOT_ALLOWED", FirstErrorCode(await BodyAsync(response)));
    }
}

/// <summary>Failures inside the server: no stack trace, no exception message; a timeout cancels the database query.</summary>
public sealed class FailureTests
{
    private sealed class ThrowingExecuter : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) =>
            throw new InvalidOperationException("secret connection string Password=hunter2 at /srv/internal/path");
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_GraphQL_shaped_500_without_internals_and_is_logged()
    {
        var logs = new CapturedLogs();
        using var api = LimitsApi.Create(new Dictionary<string, string?>(), logs,
            services => services.Replace(ServiceDescriptor.Singleton<IDocumentExecuter<ISchema>>(new ThrowingExecuter())));
        var response = await api.CreateClient().SendAsync(PostQuery("{ __typename }"));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("InvalidOperationException", text);
        Assert.DoesNotContain(" at ", text);
        Assert.Equal("OD_INTERNAL_ERROR", FirstErrorCode(JsonNode.Parse(text)!.AsObject()));
        Assert.Contains(logs.AtLeast(LogLevel.Error), e => e.Exception is InvalidOperationException);
    }

    /// <summary>Holds every database command until it is cancelled (or 30 s pass).</summary>
    private sealed class SlowCommands : DbCommandInterceptor
    {
        public int Cancelled;
        public volatile bool Armed;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Armed && command.CommandText.Contains("Areas", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Interlocked.Increment(ref Cancelled);
                    throw;
                }
            }
            return result;
        }
    }

    [Fact]
    public async Task The_execution_timeout_cancels_the_database_query_and_answers_OD_TIMEOUT()
    {
        var slow = new SlowCommands();
        var logs = new CapturedLogs();
        using var api = LimitsApi.Create(new Dictionary<string, string?> { ["Limits:ExecutionTimeout"] = "00:00:00.500" }, logs,
            services => services.ConfigureDbContext<OpenDataDbContext>(options => options.AddInterceptors(slow)));
        var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(PostQuery("{ dataset { version } }"))).StatusCode);
        slow.Armed = true;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await client.SendAsync(PostQuery("{ areas { nodes { code } } }"));
        watch.Stop();
        var body = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.ContainsKey("data") && body["data"] is null, body.ToJsonString());
        Assert.Equal("OD_TIMEOUT", FirstErrorCode(body));
        Assert.Contains("Limits:ExecutionTimeout", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(1, slow.Cancelled);
        Assert.DoesNotContain(logs.AtLeast(LogLevel.Error), e => e.Category.StartsWith("OpenData", StringComparison.Ordinal));
    }
}
