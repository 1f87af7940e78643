using System.Text.Json;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Errors;
using OpenData.Api.Limits;

namespace OpenData.Api.Http;

/// <summary>
/// Reads the parameters of a GET (URL query) or POST (<c>application/json</c> body) request, checking each
/// parameter's JSON type so that a wrong type is a clear 400, not an exception deep in the engine.
/// The body and the variables are size-limited (<see cref="LimitsOptions"/>) before they are parsed.
/// </summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<LimitsOptions> limits)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public async Task<(GraphQLHttpRequest? Request, RequestProblem? Problem)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method)) return ReadGet(http.Query);

        var mediaProblem = CheckContentType(http.ContentType);
        if (mediaProblem is not null) return (null, mediaProblem);

        var (body, sizeProblem) = await RequestSizeLimits.ReadBodyAsync(http, limits.Value.MaxBodyBytes, cancellationToken);
        if (sizeProblem is not null) return (null, sizeProblem);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            // Position 0:0 means the reader found no token at all: an empty (or all-whitespace) body.
            var message = ex.LineNumber is 0 or null && ex.BytePositionInLine is 0 or null
                ? "The request body is empty; send a JSON object with a \"query\" string."
                : $"The request body is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}).";
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, message));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, new RequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                    $"The request body must be a JSON object, not {Describe(document.RootElement.ValueKind)}."));
            try
            {
                return ReadBody(document.RootElement);
            }
            catch (Exception ex) when (ex is InvalidOperationException or JsonException or ArgumentException)
            {
                // Grammatical JSON that graphql-dotnet cannot take: a lone surrogate escape ("\ud800"), a repeated key in the variables.
                return (null, RequestSizeLimits.NotUnicode());
            }
        }
    }

    private static RequestProblem? CheckContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            return new RequestProblem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "A POST request needs the header Content-Type: application/json.");
        if (!parsed.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return new RequestProblem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Content-Type '{parsed.MediaType}' is not supported; send application/json.");
        var charset = parsed.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            return new RequestProblem(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Charset '{charset}' is not supported; GraphQL over HTTP uses utf-8.");
        return null;
    }

    private (GraphQLHttpRequest?, RequestProblem?) ReadBody(JsonElement body)
    {
        string? query = null, operationName = null, documentId = null, variablesJson = null;
        Inputs? variables = null, extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query":
                    if (value.ValueKind == JsonValueKind.Null) break;
                    if (value.ValueKind != JsonValueKind.String) return Invalid("query", "a string", value.ValueKind);
                    query = value.GetString();
                    break;
                case "documentId":
                    if (value.ValueKind == JsonValueKind.Null) break;
                    if (value.ValueKind != JsonValueKind.String) return Invalid("documentId", "a string or null", value.ValueKind);
                    documentId = value.GetString();
                    break;
                case "operationName":
                    if (value.ValueKind == JsonValueKind.Null) break;
                    if (value.ValueKind != JsonValueKind.String) return Invalid("operationName", "a string or null", value.ValueKind);
                    operationName = value.GetString();
                    break;
                case "variables":
                    if (value.ValueKind == JsonValueKind.Null) break;
                    if (value.ValueKind != JsonValueKind.Object) return Invalid("variables", "an object or null", value.ValueKind);
                    if (RequestSizeLimits.CheckVariables(value, limits.Value.MaxVariablesBytes) is { } tooLarge) return (null, tooLarge);
                    variables = serializer.ReadNode<Inputs>(value);
                    variablesJson = value.GetRawText();
                    break;
                case "extensions":
                    if (value.ValueKind == JsonValueKind.Null) break;
                    if (value.ValueKind != JsonValueKind.Object) return Invalid("extensions", "an object or null", value.ValueKind);
                    extensions = serializer.ReadNode<Inputs>(value);
                    break;
            }
        }
        return Complete(query, documentId, operationName, variables, extensions, variablesJson);
    }

    private (GraphQLHttpRequest?, RequestProblem?) ReadGet(IQueryCollection parameters)
    {
        foreach (var name in new[] { "query", "documentId", "operationName", "variables", "extensions" })
            if (parameters[name].Count > 1)
                return (null, new RequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidParameter, $"The parameter '{name}' is given more than once."));

        Inputs? extensions = null;
        string? variablesJson = null;
        if (parameters.TryGetValue("variables", out var rawVariables) && !string.IsNullOrEmpty(rawVariables))
        {
            if (RequestSizeLimits.CheckVariables(rawVariables!, limits.Value.MaxVariablesBytes) is { } tooLarge) return (null, tooLarge);
            // Parsed only if the request is executed (ParseVariables): a cached answer never needs them.
            variablesJson = rawVariables.ToString();
        }
        if (parameters.TryGetValue("extensions", out var rawExtensions) && !string.IsNullOrEmpty(rawExtensions))
        {
            var (parsed, problem) = ParseJsonObject("extensions", rawExtensions!);
            if (problem is not null) return (null, problem);
            extensions = parsed;
        }
        var operationName = parameters["operationName"].FirstOrDefault();
        var documentId = parameters["documentId"].FirstOrDefault();
        return Complete(parameters["query"].FirstOrDefault(), string.IsNullOrEmpty(documentId) ? null : documentId,
            string.IsNullOrEmpty(operationName) ? null : operationName, null, extensions, variablesJson);
    }

    /// <summary>
    /// The request's variables, parsed: a GET's are read only here, once the request is to be executed (a cached answer
    /// is keyed by their text and never needs them parsed; an invalid text cannot have been cached). 400 when they are
    /// not a JSON object.
    /// </summary>
    public (Inputs? Variables, RequestProblem? Problem) ParseVariables(GraphQLHttpRequest request) =>
        request.Variables is not null || request.VariablesJson is null ? (request.Variables, null) : ParseJsonObject("variables", request.VariablesJson);

    private (Inputs?, RequestProblem?) ParseJsonObject(string name, string text)
    {
        // The usual case, an object, is read once, by graphql-dotnet's serializer; anything else is parsed to be described.
        if (text.AsSpan().TrimStart(JsonWhitespace).StartsWith('{'))
        {
            try
            {
                return (serializer.Deserialize<Inputs>(text), null);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
            {
                return (null, NotJson(name));
            }
        }
        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Null) return (null, null);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return (null, new RequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidParameter,
                    $"The parameter '{name}' must be a JSON object, not {Describe(document.RootElement.ValueKind)}."));
            return (serializer.ReadNode<Inputs>(document.RootElement), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            return (null, NotJson(name));
        }
    }

    private const string JsonWhitespace = " \t\r\n";

    private static RequestProblem NotJson(string name) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidParameter, $"The parameter '{name}' is not valid JSON.");

    private static (GraphQLHttpRequest?, RequestProblem?) Complete(string? query, string? documentId, string? operationName, Inputs? variables,
        Inputs? extensions, string? variablesJson)
    {
        var persisted = documentId is not null || extensions?.ContainsKey("persistedQuery") == true;
        if (string.IsNullOrWhiteSpace(query))
        {
            if (!persisted)
                return (null, new RequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.QueryMissing,
                    "The request has no 'query' parameter: send the GraphQL document as a string (or a documentId)."));
            query = null;
        }
        return (new GraphQLHttpRequest(query, documentId, operationName, variables, extensions, variablesJson), null);
    }

    private static (GraphQLHttpRequest?, RequestProblem?) Invalid(string name, string expected, JsonValueKind actual) =>
        (null, new RequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.InvalidParameter,
            $"The parameter '{name}' must be {expected}, not {Describe(actual)}."));

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an unknown value",
    };
}
