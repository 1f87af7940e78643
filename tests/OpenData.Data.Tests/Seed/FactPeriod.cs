using System.Globalization;
using System.Text.RegularExpressions;
using OpenData.Data.Model;

namespace OpenData.Data.Tests.Seed;

/// <summary>A period phrase of the fact sheet ("2024 Jan-Sep", "to end of 2023") as the seed grammar writes it.</summary>
internal sealed record FactPeriod(string Description, Func<string, PeriodKind, DateOnly?, bool> Matches)
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[..12];

    private static readonly (Regex Phrase, Func<Match, string> Text)[] Forms =
    [
        (new("^([0-9]{4})$"), m => m.Value),
        (new("^([0-9]{4}-[0-9]{2})$"), m => m.Value),
        (new("^([0-9]{4}) H([12])$"), m => $"{m.Groups[1]}-H{m.Groups[2]}"),
        (new("^([0-9]{4}) ([A-Z][a-z]{2})-([A-Z][a-z]{2})$"), m => $"{m.Groups[1]}-{Month(m.Groups[2].Value)}/{m.Groups[1]}-{Month(m.Groups[3].Value)}"),
        (new("^([0-9]{4})-([0-9]{4})(?: \\(.*\\))?$"), m => $"{m.Groups[1]}/{m.Groups[2]}"),
        (new("^([0-9]{4}) onward$"), m => $"{m.Groups[1]}/.."),
        (new("^to ([0-9]{4}-[0-9]{2}-[0-9]{2})$"), m => $"../{m.Groups[1]}"),
        (new("^to end of ([0-9]{4})$"), m => $"../{m.Groups[1]}-12-31"),
        (new("^end of ([0-9]{4})$"), m => $"{m.Groups[1]}-12-31"),
    ];

    // "not stated (reported 2024-10)": the seed says "to the day it was reported", a day the sheet leaves out.
    private static readonly Regex Reported = new("^not stated \\(reported ([0-9]{4})-([0-9]{2})\\)$");

    /// <summary>Null for an empty phrase; a failing test for a phrase no rule knows, so new wording is not skipped silently.</summary>
    public static FactPeriod? Parse(string phrase)
    {
        if (phrase.Length == 0) return null;
        foreach (var (pattern, text) in Forms)
            if (pattern.Match(phrase) is { Success: true } m)
                return Exactly(text(m));
        if (Reported.Match(phrase) is { Success: true } r)
        {
            var (year, month) = (int.Parse(r.Groups[1].Value), int.Parse(r.Groups[2].Value));
            return new($"to a day in {year}-{month:00}", (_, kind, end) => kind == PeriodKind.ToDate && end?.Year == year && end?.Month == month);
        }
        throw new FormatException($"No rule turns the fact sheet's period '{phrase}' into the seed grammar: add one to {nameof(FactPeriod)}.");
    }

    public static FactPeriod Exactly(string text) => new(text, (period, _, _) => period == text);

    private static string Month(string abbreviation) => (Array.IndexOf(Months, abbreviation) + 1).ToString("00", CultureInfo.InvariantCulture);
}
