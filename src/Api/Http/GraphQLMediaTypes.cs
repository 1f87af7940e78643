namespace OpenData.Api.Http;

/// <summary>The response media types of GraphQL over HTTP.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type of an answer in <paramref name="mediaType"/>: always UTF-8.</summary>
    public static string ContentType(string mediaType) => mediaType switch
    {
        // The two types answers are sent in are compile-time constants, so no string is built per response.
        GraphQLResponse => GraphQLResponse + "; charset=utf-8",
        Json => Json + "; charset=utf-8",
        _ => mediaType + "; charset=utf-8",
    };
}
