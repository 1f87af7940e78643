using System.Buffers.Text;
using System.Globalization;

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
        // Numbers and a UTC time only, nothing to escape: written by hand, it costs one array per hit.
        Span<byte> json = stackalloc byte[160];
        var written = 0;
        Append(json, ref written, "{\"cost\":"u8);
        Utf8Formatter.TryFormat(feature.Charged, json[written..], out var n);
        written += n;
        Append(json, ref written, ",\"remaining\":"u8);
        Utf8Formatter.TryFormat(last.Remaining, json[written..], out n);
        written += n;
        Append(json, ref written, ",\"limit\":"u8);
        Utf8Formatter.TryFormat(last.Limit, json[written..], out n);
        written += n;
        Append(json, ref written, ",\"resetAt\":\""u8);
        last.ResetAt.UtcDateTime.TryFormat(json[written..], out n, SortableFormat, CultureInfo.InvariantCulture);
        written += n;
        Append(json, ref written, "Z\"}"u8);
        return json[..written].ToArray();
    }

    private static void Append(Span<byte> json, ref int written, ReadOnlySpan<byte> text)
    {
        text.CopyTo(json[written..]);
        written += text.Length;
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

    private static string ResetAt(BudgetDecision decision) => decision.ResetAt.UtcDateTime.ToString(SortableFormat, CultureInfo.InvariantCulture) + "Z";

    /// <summary>
    /// When the budget comes back, in UTC to the second, in both forms: .NET's sortable pattern (yyyy-MM-ddTHH:mm:ss),
    /// then Z. The standard pattern has a fast path: 18 ns against 84 for the same text from a custom pattern.
    /// </summary>
    private const string SortableFormat = "s";
}
