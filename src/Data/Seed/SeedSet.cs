using OpenData.Data.Model;

namespace OpenData.Data.Seed;

/// <summary>All rows of a seed folder, checked across files: every code a row names is defined once.</summary>
public sealed class SeedSet
{
    public required IReadOnlyList<SourceRow> Sources { get; init; }
    public required IReadOnlyList<AreaRow> Areas { get; init; }
    public required IReadOnlyList<IndicatorRow> Indicators { get; init; }
    public required IReadOnlyList<PlatformRow> Platforms { get; init; }
    public required IReadOnlyList<ObservationRow> Observations { get; init; }
    public required IReadOnlyList<RankingIndexRow> RankingIndices { get; init; }
    public required IReadOnlyList<RankingEditionRow> RankingEditions { get; init; }
    public required IReadOnlyList<RankingEntryRow> RankingEntries { get; init; }
    public required IReadOnlyList<CountryAliasRow> CountryAliases { get; init; }

    /// <exception cref="SeedException">A row is malformed or names something no file defines.</exception>
    public static SeedSet Parse(IReadOnlyList<SeedFile> files)
    {
        var set = new SeedSet
        {
            Sources = SeedFiles.ReadSources(files.Get(SeedFiles.Sources)),
            Areas = SeedFiles.ReadAreas(files.Get(SeedFiles.Areas)),
            Indicators = SeedFiles.ReadIndicators(files.Get(SeedFiles.Indicators)),
            Platforms = SeedFiles.ReadPlatforms(files.Get(SeedFiles.Platforms)),
            Observations = SeedFiles.ReadObservations(files.Get(SeedFiles.Observations)),
            RankingIndices = SeedFiles.ReadRankingIndices(files.Get(SeedFiles.RankingIndices)),
            RankingEditions = SeedFiles.ReadRankingEditions(files.Get(SeedFiles.RankingEditions)),
            RankingEntries = SeedFiles.ReadRankingEntries(files.Get(SeedFiles.RankingEntries)),
            CountryAliases = SeedFiles.ReadCountryAliases(files.Get(SeedFiles.CountryAliases)),
        };
        set.CheckReferences();
        return set;
    }

    private void CheckReferences()
    {
        var sources = Unique(SeedFiles.Sources, "code", Sources, r => r.Code, r => r.Line);
        var areas = Unique(SeedFiles.Areas, "code", Areas, r => r.Code, r => r.Line);
        var indicators = Unique(SeedFiles.Indicators, "code", Indicators, r => r.Code, r => r.Line);
        var platforms = Unique(SeedFiles.Platforms, "code", Platforms, r => r.Code, r => r.Line);
        var indices = Unique(SeedFiles.RankingIndices, "code", RankingIndices, r => r.Code, r => r.Line);
        var editions = Unique(SeedFiles.RankingEditions, "year", RankingEditions, r => $"{r.Index} {r.Year}", r => r.Line);
        Unique(SeedFiles.Observations, "period", Observations, r => $"{r.Indicator} {r.Area} {r.Platform} {r.Period.Text} {r.Source}", r => r.Line);
        Unique(SeedFiles.RankingEntries, "area", RankingEntries, r => $"{r.Index} {r.Year} {r.Area} {r.Source}", r => r.Line);
        Unique(SeedFiles.CountryAliases, "name", CountryAliases, r => r.Name.ToUpperInvariant(), r => r.Line);

        foreach (var a in Areas)
        {
            if (a.ParentCode is null) continue;
            Known(areas, a.ParentCode, SeedFiles.Areas, a.Line, "parent_code", SeedFiles.Areas);
            var seen = new HashSet<string> { a.Code };
            for (var p = a.ParentCode; p is not null; p = areas[p].ParentCode)
                if (!seen.Add(p)) throw new SeedException(SeedFiles.Areas, a.Line, "parent_code", $"area {a.Code} is its own ancestor");
        }
        foreach (var o in Observations)
        {
            var indicator = Known(indicators, o.Indicator, SeedFiles.Observations, o.Line, "indicator", SeedFiles.Indicators);
            Known(areas, o.Area, SeedFiles.Observations, o.Line, "area", SeedFiles.Areas);
            if (o.Platform is not null) Known(platforms, o.Platform, SeedFiles.Observations, o.Line, "platform", SeedFiles.Platforms);
            Known(sources, o.Source, SeedFiles.Observations, o.Line, "source", SeedFiles.Sources);
            CheckValueShape(o, indicator);
        }
        foreach (var e in RankingEditions)
            Known(indices, e.Index, SeedFiles.RankingEditions, e.Line, "index", SeedFiles.RankingIndices);
        foreach (var e in RankingEntries)
        {
            Known(indices, e.Index, SeedFiles.RankingEntries, e.Line, "index", SeedFiles.RankingIndices);
            Known(editions, $"{e.Index} {e.Year}", SeedFiles.RankingEntries, e.Line, "year", SeedFiles.RankingEditions);
            Known(areas, e.Area, SeedFiles.RankingEntries, e.Line, "area", SeedFiles.Areas);
            Known(sources, e.Source, SeedFiles.RankingEntries, e.Line, "source", SeedFiles.Sources);
        }
    }

    // A date-valued indicator states its value as the period (the 2G switch-off is "2024-10-15"), so it has no number.
    private static void CheckValueShape(ObservationRow o, IndicatorRow indicator)
    {
        if (indicator.Unit == Unit.Date)
        {
            if (o.Value is not null) throw new SeedException(SeedFiles.Observations, o.Line, "value", $"{indicator.Code} is a date: leave value empty and put the date in period");
            if (o.Period.Kind != PeriodKind.Date) throw new SeedException(SeedFiles.Observations, o.Line, "period", $"{indicator.Code} is a date: period must be a single day");
        }
        else if (o.Value is null)
        {
            throw new SeedException(SeedFiles.Observations, o.Line, "value", "a value is required");
        }
    }

    private static Dictionary<string, T> Unique<T>(string file, string column, IEnumerable<T> rows, Func<T, string> key, Func<T, int> line)
    {
        var byKey = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in rows)
            if (!byKey.TryAdd(key(row), row))
                throw new SeedException(file, line(row), column, $"duplicate of line {line(byKey[key(row)])} ({key(row)})");
        return byKey;
    }

    private static T Known<T>(Dictionary<string, T> defined, string code, string file, int line, string column, string definedIn) =>
        defined.TryGetValue(code, out var row)
            ? row
            : throw new SeedException(file, line, column, $"'{code}' is not defined in {definedIn}");
}
