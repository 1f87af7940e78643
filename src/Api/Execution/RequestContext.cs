namespace OpenData.Api.Execution;

/// <summary>What graphql-dotnet's validation rules and resolvers need to know about the HTTP request.</summary>
public sealed class RequestContext : Dictionary<string, object?>
{
    /// <summary>GET or POST: only queries may run over GET.</summary>
    public required string HttpMethod { get; init; }

    /// <summary>Who pays for this request and what was charged (null when rate limiting is off); read by the cost
    /// analyzer, which charges the operation's cost, and by the <c>rateLimit</c> field.</summary>
    public Limits.RateLimitFeature? RateLimit { get; init; }
}
