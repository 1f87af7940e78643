namespace OpenData.Api.Execution;

/// <summary>What graphql-dotnet's validation rules and resolvers need to know about the HTTP request.</summary>
public sealed class RequestContext : Dictionary<string, object?>
{
    /// <summary>GET or POST: only queries may run over GET.</summary>
    public required string HttpMethod { get; init; }
}
