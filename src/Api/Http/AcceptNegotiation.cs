using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Http;

/// <summary>Chooses the response media type from the request's <c>Accept</c> header (q-values honoured).</summary>
public static class AcceptNegotiation
{
    /// <summary>
    /// Returns the media type to answer with, or null when nothing acceptable can be produced (406).
    /// No Accept header means legacy <c>application/json</c>, as the spec asks; wildcards also get
    /// <c>application/json</c>, which every client understands.
    /// </summary>
    public static string? Choose(IList<string> acceptValues)
    {
        if (acceptValues.Count == 0) return GraphQLMediaTypes.Json;
        if (!MediaTypeHeaderValue.TryParseList(acceptValues, out var parsed) || parsed.Count == 0)
            return GraphQLMediaTypes.Json;

        string? best = null;
        double bestQuality = 0;
        var bestSpecific = false;
        foreach (var range in parsed)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0) continue;
            var candidate = Match(range);
            if (candidate is null) continue;
            var specific = !range.MatchesAllTypes && !range.MatchesAllSubTypes;
            if (quality > bestQuality || (quality == bestQuality && specific && !bestSpecific))
            {
                best = candidate;
                bestQuality = quality;
                bestSpecific = specific;
            }
        }
        return best;
    }

    /// <summary>
    /// True when <c>Accept</c> names <paramref name="mediaType"/> (exactly, not through a wildcard) with a
    /// higher quality than any JSON type this endpoint answers with: a browser navigation prefers
    /// <c>text/html</c> (the IDE), a spreadsheet user <c>text/csv</c>. A tie goes to JSON.
    /// </summary>
    public static bool Prefers(IList<string> acceptValues, string mediaType)
    {
        if (acceptValues.Count == 0 || !MediaTypeHeaderValue.TryParseList(acceptValues, out var parsed)) return false;
        double wanted = 0, json = 0;
        foreach (var range in parsed)
        {
            var quality = range.Quality ?? 1.0;
            if (string.Equals(range.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase)) wanted = Math.Max(wanted, quality);
            else if (Match(range) is not null) json = Math.Max(json, quality);
        }
        return wanted > json;
    }

    private static string? Match(MediaTypeHeaderValue range)
    {
        if (range.MatchesAllTypes || (range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
            return GraphQLMediaTypes.Json;
        var mediaType = range.MediaType.Value;
        if (string.Equals(mediaType, GraphQLMediaTypes.GraphQLResponse, StringComparison.OrdinalIgnoreCase)) return GraphQLMediaTypes.GraphQLResponse;
        if (string.Equals(mediaType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)) return GraphQLMediaTypes.Json;
        return null;
    }
}
