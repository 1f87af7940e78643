using System.Globalization;
using System.Text.RegularExpressions;
using OpenData.Data.Model;

namespace OpenData.Data.Tests.Seed;

public enum FigureUnit { Plain, Percent, BillionUsd }

/// <summary>A number as the fact sheet words it: "more than 20 %", "27.7 to 28 billion USD", "71 of 193", "top 6".</summary>
internal sealed record FactFigure(decimal Value, decimal? High, Qualifier Qualifier, decimal? OutOf, FigureUnit Unit, string Text)
{
    private const string Number = "[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?";

    private static readonly Regex Pattern = new(
        $@"(?:(?<q>more than|at least|about|nearly|among the top|top)\s+)?(?<n>{Number})(?:st|nd|rd|th)?" +
        $@"(?:\s+to\s+(?<n2>{Number}))?(?:\s+(?<scale>million|billion))?(?:\s+(?<usd>USD))?(?:\s*(?<pct>%))?(?:\s+of\s+(?<of>{Number}))?",
        RegexOptions.CultureInvariant);

    /// <summary>
    /// Every figure in <paramref name="text"/>. A figure with no word of its own that follows another after a bare comma
    /// shares its qualifier: "about 95,000, 450,000 members" is about both.
    /// </summary>
    public static IReadOnlyList<FactFigure> Parse(string text)
    {
        var figures = new List<FactFigure>();
        var previousEnd = -1;
        foreach (Match m in Pattern.Matches(text))
        {
            var qualifier = m.Groups["n2"].Success ? Qualifier.Range : QualifierOf(m.Groups["q"].Value);
            if (!m.Groups["q"].Success && figures.Count > 0 && text[previousEnd..m.Index].Trim() == ",")
                qualifier = figures[^1].Qualifier;
            var usd = m.Groups["usd"].Success;
            // "118 billion USD" is 118 in BillionUsd; "3.49 billion" downloads is a count.
            var scale = usd ? 1m : m.Groups["scale"].Value switch { "million" => 1_000_000m, "billion" => 1_000_000_000m, _ => 1m };
            var unit = usd ? FigureUnit.BillionUsd : m.Groups["pct"].Success ? FigureUnit.Percent : FigureUnit.Plain;
            figures.Add(new FactFigure(
                ParseNumber(m.Groups["n"].Value) * scale,
                m.Groups["n2"].Success ? ParseNumber(m.Groups["n2"].Value) * scale : null,
                qualifier,
                m.Groups["of"].Success ? ParseNumber(m.Groups["of"].Value) : null,
                unit,
                m.Value));
            previousEnd = m.Index + m.Length;
        }
        return figures;
    }

    private static Qualifier QualifierOf(string word) => word switch
    {
        "" => Qualifier.Exact,
        "more than" or "at least" => Qualifier.LowerBound,
        "about" or "nearly" => Qualifier.Approximate,
        "top" or "among the top" => Qualifier.UpperBound,
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, null),
    };

    public static decimal ParseNumber(string number) => decimal.Parse(number, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
