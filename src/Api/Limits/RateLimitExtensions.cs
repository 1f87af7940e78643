using System.Globalization;

namespace OpenData.Api.Limits;

/// <summary>The <c>extensions</c> every answered request carries: what it cost and where the client's budget stands.</summary>
public static class RateLimitExtensions
{
    public static Dictionary<string, object?>? For(RateLimitFeature? feature) =>
        feature is { Last: { } last }
            ? new()
            {
                ["cost"] = feature.Charged,
                ["remaining"] = last.Remaining,
                ["limit"] = last.Limit,
                ["resetAt"] = last.ResetAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            }
            : null;
}
