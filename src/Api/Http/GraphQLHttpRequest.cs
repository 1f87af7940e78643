using GraphQL;

namespace OpenData.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP request parameters, already checked for their JSON types. <see cref="Query"/> is null
/// only for a persisted operation: a trusted <see cref="DocumentId"/>, or an APQ hash in the extensions.
/// </summary>
/// <param name="Variables">The parsed variables of a POST; a GET's are parsed only when it is executed
/// (<see cref="GraphQLRequestReader.ParseVariables"/>).</param>
/// <param name="VariablesJson">The variables as the client sent them (JSON text): the response cache's key, and a
/// GET's variables until they are parsed; null without variables.</param>
public sealed record GraphQLHttpRequest(string? Query, string? DocumentId, string? OperationName, Inputs? Variables, Inputs? Extensions,
    string? VariablesJson);

/// <summary>Why a request could not be read: the HTTP status and the error to report.</summary>
public sealed record RequestProblem(int StatusCode, string Code, string Message);
