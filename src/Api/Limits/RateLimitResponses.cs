using GraphQL;
using OpenData.Api.Errors;
using OpenData.Api.Http;

namespace OpenData.Api.Limits;

/// <summary>HTTP status of a GraphQL result refused for its cost: 429 with <c>Retry-After</c>, whatever the media type.</summary>
public static class RateLimitResponses
{
    public static int StatusFor(HttpContext http, ExecutionResult result, int status)
    {
        if (!GraphQLResponseWriter.HasCode(result, ErrorCodes.RateLimited)) return status;
        http.Features.Get<RateLimitFeature>()?.SetRetryAfter();
        return StatusCodes.Status429TooManyRequests;
    }
}
