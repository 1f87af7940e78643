using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Small helpers to send raw GraphQL-over-HTTP requests and read the answers.</summary>
public static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    public static HttpRequestMessage PostQuery(string query, object? variables = null, string? accept = GraphQLResponse, string? operationName = null) =>
        Post(JsonSerializer.Serialize(new { query, variables, operationName }), accept: accept);

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string? FirstErrorCode(JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
}
