using GraphQL;

namespace OpenData.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP request parameters, already checked for their JSON types. <see cref="Query"/> is null
/// only for a persisted operation: a trusted <see cref="DocumentId"/>, or an APQ hash in the extensions.
/// </summary>
/// <param name="VariablesJson">The variables as the client sent them (JSON text), for keys that must not pay to
/// serialize <see cref="Variables"/> again; null without variables.</param>
public sealed record GraphQLHttpRequest(string? Query, string? DocumentId, string? OperationName, Inputs? Variables, Inputs? Extensions,
    string? VariablesJson = null);

/// <summary>Why a request could not be read: the HTTP status and the error to report.</summary>
public sealed record RequestProblem(int StatusCode, string Code, string Message);
