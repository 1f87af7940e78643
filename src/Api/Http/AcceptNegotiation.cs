using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Http;

/// <summary>What one <c>Accept</c> header asks of the GraphQL endpoint.</summary>
/// <param name="MediaType">The JSON media type to answer with, or null when none is acceptable (406).</param>
/// <param name="PrefersHtml">It ranks <c>text/html</c> above every JSON type: a browser opening the endpoint (the IDE).</param>
/// <param name="PrefersCsv">It ranks <c>text/csv</c> above every JSON type: a spreadsheet user.</param>
public readonly record struct AcceptPreference(string? MediaType, bool PrefersHtml, bool PrefersCsv);

/// <summary>Chooses the response media type from the request's <c>Accept</c> header (q-values honoured).</summary>
public static class AcceptNegotiation
{
    /// <summary>Distinct headers whose answer is remembered: clients send a handful, so parsing each once is enough.
    /// Bounded so that a client inventing headers cannot grow it; past the bound a header is parsed every time.</summary>
    private const int MaxRemembered = 256;

    private static readonly ConcurrentDictionary<string, AcceptPreference> Remembered = new(StringComparer.Ordinal);

    /// <summary>
    /// No Accept header means legacy <c>application/json</c>, as the spec asks; wildcards also get
    /// <c>application/json</c>, which every client understands. A type is preferred only when named exactly
    /// (not through a wildcard) with a higher quality than any JSON type; a tie goes to JSON.
    /// </summary>
    public static AcceptPreference Negotiate(StringValues accept)
    {
        if (accept.Count == 0) return new(GraphQLMediaTypes.Json, false, false);
        var key = accept.Count == 1 ? accept[0] ?? "" : accept.ToString();
        if (Remembered.TryGetValue(key, out var known)) return known;
        var preference = Parse(accept);
        if (Remembered.Count < MaxRemembered) Remembered.TryAdd(key, preference);
        return preference;
    }

    /// <summary>The media type to answer with, or null when nothing acceptable can be produced (406).</summary>
    public static string? Choose(StringValues accept) => Negotiate(accept).MediaType;

    private static AcceptPreference Parse(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var parsed) || parsed.Count == 0)
            return new(GraphQLMediaTypes.Json, false, false);

        string? best = null;
        double bestQuality = 0, json = 0, html = 0, csv = 0;
        var bestSpecific = false;
        foreach (var range in parsed)
        {
            var quality = range.Quality ?? 1.0;
            var mediaType = range.MediaType.Value;
            if (string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase)) html = Math.Max(html, quality);
            if (string.Equals(mediaType, Csv.CsvFormat.MediaType, StringComparison.OrdinalIgnoreCase)) csv = Math.Max(csv, quality);
            var candidate = Match(range);
            if (candidate is null) continue;
            json = Math.Max(json, quality);
            if (quality <= 0) continue;
            var specific = !range.MatchesAllTypes && !range.MatchesAllSubTypes;
            if (quality > bestQuality || (quality == bestQuality && specific && !bestSpecific))
            {
                best = candidate;
                bestQuality = quality;
                bestSpecific = specific;
            }
        }
        return new(best, html > json, csv > json);
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
