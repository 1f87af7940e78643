using GraphQL;
using OpenData.Api.Errors;

namespace OpenData.Api.Http;

/// <summary>Writes an <see cref="ExecutionResult"/> straight to the response body with System.Text.Json.</summary>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public Task WriteAsync(HttpContext http, int statusCode, string mediaType, ExecutionResult result)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = GraphQLMediaTypes.ContentType(mediaType);
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>A request error (nothing executed): an <c>errors</c> list and no <c>data</c> entry.</summary>
    public Task WriteProblemAsync(HttpContext http, string mediaType, int statusCode, string code, string message)
    {
        http.Response.Headers.CacheControl = "no-store";
        return WriteAsync(http, statusCode, mediaType, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] });
    }

    public static bool HasCode(ExecutionResult result, string code) =>
        result.Errors?.Any(e => e.Code == code) == true;

    /// <summary>The status code GraphQL over HTTP asks for, by media type (spec §"Response").</summary>
    public static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (HasCode(result, ErrorCodes.MethodNotAllowed)) return StatusCodes.Status405MethodNotAllowed;
        // application/json: every well-formed request gets 200, whatever the GraphQL errors.
        if (mediaType == GraphQLMediaTypes.Json) return StatusCodes.Status200OK;
        // application/graphql-response+json: a request error (parse, validation, variables) is a 400;
        // once execution has started, the result (even with data: null) is a 200.
        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }
}
