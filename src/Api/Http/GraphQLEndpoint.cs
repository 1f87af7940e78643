using GraphQL;
using GraphQL.Types;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Errors;
using OpenData.Api.Execution;

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
        IDocumentExecuter<ISchema> executer)
    {
        var mediaType = AcceptNegotiation.Choose(http.Request.Headers.Accept);
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

        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request!.Query;
            options.DocumentId = request.DocumentId;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.UserContext = new RequestContext { HttpMethod = http.Request.Method };
            options.CancellationToken = http.RequestAborted;
        });

        var status = GraphQLResponseWriter.StatusFor(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers[HeaderNames.Allow] = HttpMethods.Post;
        await writer.WriteAsync(http, status, mediaType, result);
    }
}
