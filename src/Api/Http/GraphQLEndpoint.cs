using System.Buffers;
using GraphQL;
using GraphQL.Types;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Caching;
using OpenData.Api.Csv;
using OpenData.Api.Errors;
using OpenData.Api.Execution;
using OpenData.Api.Ide;
using OpenData.Api.Limits;

namespace OpenData.Api.Http;

/// <summary>GraphQL over HTTP at <c>/graphql</c> (graphql/graphql-over-http, spec/GraphQLOverHTTP.md).</summary>
public static class GraphQLEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], HandleAsync)
            .WithName("GraphQL")
            .WithDescription("GraphQL over HTTP: GET for queries, POST with application/json for any operation.");
        return app;
    }

    private static async Task HandleAsync(
        HttpContext http,
        GraphQLRequestReader reader,
        GraphQLResponseWriter writer,
        IDocumentExecuter<ISchema> executer,
        ResponseCache cache,
        CachedAnswerWriter answers,
        CacheHitCharging charging,
        CsvResultWriter csvWriter)
    {
        // A GET is answered as GraphiQL, CSV or JSON depending on Accept: tell caches. A browser opening the endpoint gets GraphiQL (src/Api/Ide).
        if (HttpMethods.IsGet(http.Request.Method)) http.Response.Headers.Vary = HeaderNames.Accept;
        var accept = AcceptNegotiation.Negotiate(http.Request.Headers.Accept);
        if (IdeEndpoints.IsPageRequest(http.Request, accept)) { await IdeEndpoints.WritePageAsync(http); return; }
        // CSV (src/Api/Csv) when asked for; errors are still answered as GraphQL JSON.
        var csv = CsvResultWriter.IsRequested(http.Request, accept);
        var mediaType = accept.MediaType ?? (csv ? GraphQLMediaTypes.GraphQLResponse : null);
        if (mediaType is null)
        {
            await writer.WriteProblemAsync(http, GraphQLMediaTypes.Json, StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"None of the media types in Accept can be produced; ask for {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var (request, problem) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (problem is not null)
        {
            await writer.WriteProblemAsync(http, mediaType, problem.StatusCode, problem.Code, problem.Message);
            return;
        }

        // Between imports every answer is deterministic: a repeated query is answered from the cache, and still pays.
        var rateLimit = http.Features.Get<RateLimitFeature>();
        var key = cache.Options.Enabled && !csv ? await cache.KeyAsync(request!, http.RequestAborted) : null;
        // A client's Cache-Control: no-cache asks for a fresh answer: executed (and paid for) but not stored, since an
        // entry can never be stale (its key holds the dataset version) and a client refreshing a large page would
        // otherwise replace a large array in the cache on every request.
        var fresh = http.Request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        if (key is not null && !fresh && await cache.GetAsync(key, http.RequestAborted) is { } hit)
        {
            var (outcome, refusal) = await charging.ChargeAsync(http, hit.Cost);
            if (outcome == CacheHitCharging.Outcome.Refused)
            {
                await writer.WriteProblemAsync(http, mediaType, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, refusal!);
                return;
            }
            if (outcome == CacheHitCharging.Outcome.Serve)
            {
                http.Features.Get<GraphQLRequestLogFeature>()?.OperationName = request!.OperationName;
                http.Response.Headers["X-Cache"] = "HIT";
                await answers.WriteAsync(http, mediaType, ResponseCache.ETagFor(key), cache.GetCacheControl, new ReadOnlySequence<byte>(hit.Body),
                    RateLimitExtensions.JsonFor(rateLimit));
                return;
            }
        }

        var (variables, variablesProblem) = reader.ParseVariables(request!);
        if (variablesProblem is not null)
        {
            await writer.WriteProblemAsync(http, mediaType, variablesProblem.StatusCode, variablesProblem.Code, variablesProblem.Message);
            return;
        }
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request!.Query;
            options.DocumentId = request.DocumentId;
            options.OperationName = request.OperationName;
            options.Variables = variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.UserContext = new RequestContext { HttpMethod = http.Request.Method, RateLimit = rateLimit };
            options.CancellationToken = http.RequestAborted;
        });

        http.Features.Get<GraphQLRequestLogFeature>()?.Record(result, request!.OperationName);
        if (csv && CsvResultWriter.CanWrite(result)) { await csvWriter.WriteAsync(http, result, request!.OperationName); return; }

        var status = RateLimitResponses.StatusFor(http, result, GraphQLResponseWriter.StatusFor(result, mediaType));
        if (key is not null && status == StatusCodes.Status200OK && ResponseCache.IsCacheable(result))
        {
            using var answer = await answers.SerializeAsync(result, rateLimit?.Cost ?? 0, http.RequestAborted);
            if (!fresh) await cache.SetAsync(key, answer.ToCachedResponse(), http.RequestAborted);
            http.Response.Headers["X-Cache"] = "MISS";
            // The extensions a hit splices in, so that a miss and a hit look the same (the stored body has none).
            await answers.WriteAsync(http, mediaType, ResponseCache.ETagFor(key), cache.GetCacheControl, answer.Body, RateLimitExtensions.JsonFor(rateLimit));
            return;
        }
        if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers[HeaderNames.Allow] = HttpMethods.Post;
        // Errors, refusals and per-client answers must not be kept by any cache.
        http.Response.Headers.CacheControl = "no-store";
        // What the operation cost and what is left of the budget; a cacheable answer splices the same in as bytes.
        if (result.Executed && RateLimitExtensions.For(rateLimit) is { } extensions)
        {
            result.Extensions ??= [];
            foreach (var (name, value) in extensions) result.Extensions[name] = value;
        }
        await writer.WriteAsync(http, status, mediaType, result);
    }
}
