using System.Text.RegularExpressions;
using OpenData.Data.Model;

namespace OpenData.Data.Tests.Seed;

/// <summary>
/// Finds, for each figure of a fact-sheet row, the loaded value that states it; remembers which values were claimed so
/// that values no figure accounts for can be listed too.
/// </summary>
internal sealed class FactMatcher(SeedFacts facts)
{
    private static readonly Regex SourceNumber = new(@"\b([0-9]{3})\b");
    private static readonly Regex StatusWord = new(@"\b(actual|estimate|forecast|target)\b");
    private static readonly Regex IsoDate = new("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    // "so rank 86 in the previous edition (2022)", "so 46 in 2023", "(so 68,933 in 2022)"
    private static readonly Regex DerivedFigure = new(@"so (?:rank )?(?<n>[0-9][0-9,]*) in (?:the previous edition \()?(?<year>[0-9]{4})");
    // "+17.8 % year on year", "+48 % from 2020"
    private static readonly Regex GrowthFigure = new(@"\+(?<v>[0-9]+(?:\.[0-9]+)?) %(?: from (?<from>[0-9]{4}))?");

    public SeedFacts Facts => facts;
    public HashSet<int> ClaimedObservations { get; } = [];
    public HashSet<int> ClaimedEntries { get; } = [];

    /// <summary>Failure messages for the row; empty when every figure in it is found.</summary>
    public List<string> Check(FactRow row)
    {
        var failures = new List<string>();
        var code = SourceNumber.Match(row["source"]);
        if (!code.Success) return [$"{row}: no source document number"];
        var context = new RowContext(row, $"DOC-{code.Groups[1].Value}", StatusOf(row), FactPeriod.Parse(row["period"]), AreaOf(row));

        if (IsoDate.IsMatch(row["value"]))
        {
            Claim(context, failures, $"the date {row["value"]}", o => o.Unit == Unit.Date && o.Value is null && o.Kind == PeriodKind.Date && o.Period == row["value"], periodGiven: false);
            return failures;
        }
        var figures = FactFigure.Parse(row["value"]);
        if (figures.Count == 0) return [$"{row}: no figure in the value column"];
        var ranking = row.Section.StartsWith("International rankings", StringComparison.Ordinal);
        foreach (var figure in figures)
        {
            if (ranking) ClaimEntry(context, failures, figure);
            else Claim(context, failures, $"{figure.Text} (read as {figure.Value} {figure.Qualifier})", o => Same(o, figure));
        }
        CheckComparisons(context, failures);
        CheckDerived(context, failures, ranking);
        CheckGrowth(context, failures);
        return failures;
    }

    private sealed record RowContext(FactRow Row, string Source, ValueStatus? Status, FactPeriod? Period, string Area)
    {
        public ObservationFact? FirstObservation { get; set; }
        public EntryFact? FirstEntry { get; set; }
    }

    private static ValueStatus? StatusOf(FactRow row)
    {
        var word = row["status"].Length > 0 ? row["status"] : StatusWord.Match(row["source"]) is { Success: true } m ? m.Value : null;
        return word is null ? null : Enum.Parse<ValueStatus>(word, ignoreCase: true);
    }

    // Hai Phong's table is about the city; a row that names another area (Hà Giang) is about it; the rest about Viet Nam.
    private string AreaOf(FactRow row)
    {
        if (row.Section.Contains("Hai Phong", StringComparison.Ordinal)) return "VN-HP";
        var named = facts.Areas.Where(a => a.Code != "VNM"
            && (row["what"].Contains(a.NameEn, StringComparison.OrdinalIgnoreCase) || (a.NameVi is { } vi && row["what"].Contains(vi, StringComparison.OrdinalIgnoreCase)))).ToList();
        return named.Count == 1 ? named[0].Code : "VNM";
    }

    private static bool Same(ObservationFact o, FactFigure f) =>
        (f.Qualifier == Qualifier.Range
            ? o.Qualifier == Qualifier.Range && o.Value == f.Value && o.Low == f.Value && o.High == f.High
            : o.Qualifier == f.Qualifier && o.Value == f.Value)
        && (f.OutOf is null || o.OutOf == f.OutOf)
        && f.Unit switch
        {
            FigureUnit.Percent => o.Unit == Unit.Percent,
            FigureUnit.BillionUsd => o.Unit == Unit.BillionUsd,
            _ => o.Unit is Unit.Count or Unit.IndexScore,
        };

    private void Claim(RowContext c, List<string> failures, string what, Func<ObservationFact, bool> matches,
        string? area = null, FactPeriod? period = null, bool derived = false, bool periodGiven = true, string? indicator = null)
    {
        period ??= c.Period;
        area ??= c.Area;
        var candidates = facts.Observations.Where(o => o.Source == c.Source && o.Area == area && o.Derived == derived
            && (!periodGiven || period is null || period.Matches(o.Period, o.Kind, o.End))
            && (derived || c.Status is null || o.Status == c.Status)
            && (indicator is null || o.Indicator == indicator)
            && matches(o)).ToList();
        var chosen = candidates.FirstOrDefault(o => !ClaimedObservations.Contains(o.Id)) ?? candidates.FirstOrDefault();
        if (chosen is null)
        {
            failures.Add($"{c.Row}: no observation states {what} (area {area}, period {period?.Description ?? "-"}, status {c.Status?.ToString() ?? "any"}, {(derived ? "derived, " : "")}source {c.Source})");
            return;
        }
        ClaimedObservations.Add(chosen.Id);
        c.FirstObservation ??= chosen;
    }

    private void ClaimEntry(RowContext c, List<string> failures, FactFigure figure, int? year = null, string? index = null, bool derived = false)
    {
        var candidates = facts.Entries.Where(e => e.Source == c.Source && e.Area == c.Area && e.Derived == derived
            && e.Rank == figure.Value && e.Qualifier == figure.Qualifier && (figure.OutOf is null || e.OutOf == figure.OutOf)
            && (index is null || e.Index == index)
            && (year is null ? c.Period is not null && c.Period.Matches(e.EditionPeriod ?? e.Year.ToString(), default, null) : e.Year == year)).ToList();
        var chosen = candidates.FirstOrDefault(e => !ClaimedEntries.Contains(e.Id)) ?? candidates.FirstOrDefault();
        if (chosen is null)
        {
            failures.Add($"{c.Row}: no ranking entry states {(derived ? "the derived " : "")}{figure.Text} ({figure.Qualifier}, edition {year?.ToString() ?? c.Period?.Description}, source {c.Source})");
            return;
        }
        ClaimedEntries.Add(chosen.Id);
        c.FirstEntry ??= chosen;
    }

    // "developed countries 99.4 %" and "world average 51.5 %, Europe 70 %": the same measure for an aggregate area.
    private void CheckComparisons(RowContext c, List<string> failures)
    {
        foreach (var part in c.Row["comparison"].Split(", ", StringSplitOptions.RemoveEmptyEntries))
        {
            var area = facts.Areas.SingleOrDefault(a => a.Code != "VNM" && part.Contains(a.NameEn, StringComparison.OrdinalIgnoreCase));
            if (area is null)
            {
                failures.Add($"{c.Row}: no area is named in the comparison '{part}'");
                continue;
            }
            foreach (var figure in FactFigure.Parse(part))
                Claim(c, failures, $"{figure.Text} for {area.Code}", o => Same(o, figure) && (c.FirstObservation is null || o.Indicator == c.FirstObservation.Indicator), area: area.Code);
        }
    }

    private void CheckDerived(RowContext c, List<string> failures, bool ranking)
    {
        foreach (Match m in DerivedFigure.Matches($"{c.Row["note"]} {c.Row["source"]}"))
        {
            var value = FactFigure.ParseNumber(m.Groups["n"].Value);
            var year = int.Parse(m.Groups["year"].Value);
            if (ranking)
                ClaimEntry(c, failures, new FactFigure(value, null, Qualifier.Exact, null, FigureUnit.Plain, m.Value), year, c.FirstEntry?.Index, derived: true);
            else
                Claim(c, failures, $"the derived {m.Value}", o => o.Value == value, period: FactPeriod.Exactly(year.ToString()), derived: true,
                    indicator: c.FirstObservation?.Indicator);
        }
    }

    private void CheckGrowth(RowContext c, List<string> failures)
    {
        foreach (Match m in GrowthFigure.Matches($"{c.Row["note"]} {c.Row["source"]}"))
        {
            var value = FactFigure.ParseNumber(m.Groups["v"].Value);
            var period = m.Groups["from"].Success ? FactPeriod.Exactly($"{m.Groups["from"].Value}/{c.Row["period"]}") : c.Period;
            Claim(c, failures, $"the growth {m.Value}", o => o.Unit == Unit.Percent && o.Value == value && o.Qualifier == Qualifier.Exact, period: period);
        }
    }
}
