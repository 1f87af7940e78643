using GraphQL;
using GraphQL.Types;
using OpenData.Api.Execution;

namespace OpenData.Api.Limits;

/// <summary>What <c>rateLimit</c> answers: the client's budget after this request was charged.</summary>
public sealed record RateLimitInfo(int Limit, int Cost, int Remaining, DateTimeOffset ResetAt);

/// <summary>The <c>RateLimit</c> object type.</summary>
public sealed class RateLimitType : ObjectGraphType<RateLimitInfo>
{
    public RateLimitType()
    {
        Name = "RateLimit";
        Description = "This client's budget of cost points (per API key, else per IP address), after this request was charged. " +
            "Each field costs 1, multiplied by the page sizes (first/last) of the lists it is in; see the README's \"Limits and rate limits\".";
        Field(r => r.Limit).Description("Points per window for this client (the per-replica fallback budget while the shared store is unreachable).");
        Field(r => r.Cost).Description("Points charged for this request: the operation's cost, and at least 1.");
        Field(r => r.Remaining).Description("Points left in the current window.");
        Field(r => r.ResetAt).Description("When the window ends and the whole budget is back (UTC).");
    }
}

public static class RateLimitFieldExtensions
{
    /// <summary>Adds <c>rateLimit</c> to the query type. It costs nothing, so asking only for it is charged the one point every request pays.</summary>
    public static void AddRateLimitField(this ObjectGraphType query)
    {
        query.Field<RateLimitType>("rateLimit")
            .Description("This client's rate-limit budget after this request: limit, cost of this request, remaining points and reset time. Null when the server does not limit requests.")
            .WithComplexityImpact(0, 0)
            .Resolve(context =>
            {
                var feature = (context.UserContext as RequestContext)?.RateLimit;
                if (feature?.Last is not { } last) return null;
                return new RateLimitInfo(
                    Clamp(last.Limit),
                    Clamp(feature.Charged),
                    Clamp(last.Remaining),
                    last.ResetAt.ToUniversalTime());
            });
    }

    private static int Clamp(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
