using System.Text.RegularExpressions;
using OpenData.Data.Model;

namespace OpenData.Data.Seed;

/// <summary>Checks on one row that its own fields can decide; rules across files live in <see cref="SeedSet"/>.</summary>
internal static class SeedRules
{
    private static readonly Regex PublishedOnPattern = new("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Iso3Pattern = new("^[A-Z]{3}$", RegexOptions.CultureInvariant);

    public static string? PublishedOn(CsvRow row, string column)
    {
        var text = row.Optional(column);
        if (text is null) return null;
        // Same shapes as a Year, Month or Date period, so the parser decides validity (no 2024-13).
        var valid = PublishedOnPattern.IsMatch(text) && Period.TryParse(text, out _, out _);
        return valid ? text : throw row.Error(column, $"'{text}' is not a date as precise as known (2024, 2024-10 or 2024-10-10)");
    }

    public static int Year(CsvRow row, string column)
    {
        var year = row.RequiredInt(column);
        return year is >= 1900 and <= 2100 ? year : throw row.Error(column, $"{year} is not a plausible year");
    }

    public static string Iso3(CsvRow row, string column)
    {
        var text = row.Required(column);
        return Iso3Pattern.IsMatch(text) ? text : throw row.Error(column, $"'{text}' is not an ISO 3166-1 alpha-3 code (three capital letters)");
    }

    public static ObservationRow Check(CsvRow row, ObservationRow o)
    {
        if (o.Qualifier == Qualifier.Range)
        {
            if (o.Low is null || o.High is null) throw row.Error(o.Low is null ? "low" : "high", "a Range needs both low and high");
            if (o.Low >= o.High) throw row.Error("high", "high must be greater than low");
            if (o.Value != o.Low) throw row.Error("value", "for a Range, value is the low end");
        }
        else if (o.Low is not null || o.High is not null)
        {
            throw row.Error(o.Low is not null ? "low" : "high", "low and high are for qualifier Range only");
        }
        if (o.OutOf is { } outOf)
        {
            if (outOf <= 0) throw row.Error("out_of", "out_of must be positive");
            if (o.Value > outOf) throw row.Error("value", $"the value is greater than out_of ({outOf})");
        }
        if (o.Derived && o.Note is null) throw row.Error("note", "a derived value needs a note that says how it was derived");
        return o;
    }

    public static RankingEntryRow Check(CsvRow row, RankingEntryRow e)
    {
        if (e.Rank is null && e.Tier is null && e.Score is null) throw row.Error("rank", "an entry needs a rank, a tier or a score");
        if (e.Rank is <= 0) throw row.Error("rank", "a rank starts at 1");
        if (e.OutOf is { } outOf && (outOf <= 0 || e.Rank > outOf)) throw row.Error("out_of", $"out_of ({outOf}) must be at least the rank");
        if (e.RankQualifier == Qualifier.Range) throw row.Error("rank_qualifier", "a rank cannot be a Range (there is no low/high column)");
        if (e.Derived && e.Note is null) throw row.Error("note", "a derived rank needs a note that says how it was derived");
        return e;
    }
}
