namespace OpenData.Api.Http;

/// <summary>The response media types of GraphQL over HTTP.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
}
