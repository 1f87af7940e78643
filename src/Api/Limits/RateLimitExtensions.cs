using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace OpenData.Api.Limits;

/// <summary>The <c>extensions</c> every answered request carries: what it cost and where the client's budget stands.</summary>
public static class RateLimitExtensions
{
    /// <summary>
    /// The same object as <see cref="For"/>, written straight as JSON: what a cached answer splices in on every hit,
    /// without building a dictionary and serializing it. Null when nothing was charged (rate limiting off).
    /// </summary>
    public static byte[]? JsonFor(RateLimitFeature? feature)
    {
        if (feature is not { Last: { } last }) return null;
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("cost", feature.Charged);
            json.WriteNumber("remaining", last.Remaining);
            json.WriteNumber("limit", last.Limit);
            json.WriteString("resetAt", ResetAt(last));
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    public static Dictionary<string, object?>? For(RateLimitFeature? feature) =>
        feature is { Last: { } last }
            ? new()
            {
                ["cost"] = feature.Charged,
                ["remaining"] = last.Remaining,
                ["limit"] = last.Limit,
                ["resetAt"] = ResetAt(last),
            }
            : null;

    private static string ResetAt(BudgetDecision decision) =>
        decision.ResetAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
