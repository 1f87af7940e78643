using OpenData.Data.Model;

namespace OpenData.Data.Seed;

/// <summary>The seed folder's files and their readers; each reader checks its rows one by one.</summary>
public static class SeedFiles
{
    public const string Sources = "sources.csv";
    public const string Areas = "areas.csv";
    public const string Indicators = "indicators.csv";
    public const string Platforms = "platforms.csv";
    public const string Observations = "observations.csv";
    public const string RankingIndices = "ranking-indices.csv";
    public const string RankingEditions = "ranking-editions.csv";
    public const string RankingEntries = "ranking-entries.csv";
    /// <summary>Read by the importers, not loaded into the database; checked and hashed with the rest.</summary>
    public const string CountryAliases = "country-aliases.csv";

    public static readonly IReadOnlyList<string> Required =
        [Sources, Areas, Indicators, Platforms, Observations, RankingIndices, RankingEditions, RankingEntries, CountryAliases];

    /// <summary>Every <c>*.csv</c> directly in <paramref name="folder"/>, in ordinal name order.</summary>
    public static IReadOnlyList<SeedFile> Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new SeedException(folder, null, null, "the seed folder does not exist");
        var files = Directory.EnumerateFiles(folder, "*.csv", SearchOption.TopDirectoryOnly)
            .Select(path => new SeedFile(Path.GetFileName(path), File.ReadAllBytes(path)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        foreach (var name in Required.Where(name => files.All(f => f.Name != name)))
            throw new SeedException(name, null, null, $"the file is missing from the seed folder {folder}");
        return files;
    }

    public static SeedFile Get(this IReadOnlyList<SeedFile> files, string name) => files.Single(f => f.Name == name);

    public static IReadOnlyList<SourceRow> ReadSources(SeedFile file) =>
        Read(file, ["code", "title", "title_en", "publisher", "published_on", "language", "document_file", "url", "kind", "licence", "licence_url", "note"],
            r => new SourceRow(r.Line, r.Required("code"), r.Required("title"), r.Optional("title_en"), r.Optional("publisher"),
                SeedRules.PublishedOn(r, "published_on"), r.Required("language"), r.Optional("document_file"), r.Optional("url"),
                r.Enum<SourceKind>("kind"), r.Required("licence"), r.Optional("licence_url"), r.Optional("note")));

    public static IReadOnlyList<AreaRow> ReadAreas(SeedFile file) =>
        Read(file, ["code", "kind", "name_en", "name_vi", "parent_code", "iso2", "iso_numeric", "region", "sub_region"],
            r => new AreaRow(r.Line, r.Required("code"), r.Enum<AreaKind>("kind"), r.Required("name_en"), r.Optional("name_vi"),
                r.Optional("parent_code"), r.Optional("iso2"), r.Optional("iso_numeric"), r.Optional("region"), r.Optional("sub_region")));

    public static IReadOnlyList<IndicatorRow> ReadIndicators(SeedFile file) =>
        Read(file, ["code", "name_en", "name_vi", "description", "unit", "topic", "higher_is_better"],
            r => new IndicatorRow(r.Line, r.Required("code"), r.Required("name_en"), r.Optional("name_vi"), r.Optional("description"),
                r.Enum<Unit>("unit"), r.Enum<Topic>("topic"), r.Bool("higher_is_better")));

    public static IReadOnlyList<PlatformRow> ReadPlatforms(SeedFile file) =>
        Read(file, ["code", "name_en", "name_vi", "domestic", "description", "url"],
            r => new PlatformRow(r.Line, r.Required("code"), r.Required("name_en"), r.Optional("name_vi"),
                r.Bool("domestic") ?? throw r.Error("domestic", "a value is required"), r.Optional("description"), r.Optional("url")));

    public static IReadOnlyList<ObservationRow> ReadObservations(SeedFile file) =>
        Read(file, ["indicator", "area", "platform", "period", "value", "low", "high", "out_of", "qualifier", "status", "derived", "source", "note"],
            r => SeedRules.Check(r, new ObservationRow(r.Line, r.Required("indicator"), r.Required("area"), r.Optional("platform"),
                r.Period("period"), r.Decimal("value"), r.Decimal("low"), r.Decimal("high"), r.Decimal("out_of"),
                r.Enum<Qualifier>("qualifier"), r.Enum<ValueStatus>("status"), r.Bool("derived") ?? false, r.Required("source"), r.Optional("note"))));

    public static IReadOnlyList<RankingIndexRow> ReadRankingIndices(SeedFile file) =>
        Read(file, ["code", "name_en", "name_vi", "publisher", "description", "url", "ranking_rule", "higher_score_is_better"],
            r => new RankingIndexRow(r.Line, r.Required("code"), r.Required("name_en"), r.Optional("name_vi"), r.Optional("publisher"),
                r.Optional("description"), r.Optional("url"), r.Enum<RankingRule>("ranking_rule"), r.Bool("higher_score_is_better")));

    public static IReadOnlyList<RankingEditionRow> ReadRankingEditions(SeedFile file) =>
        Read(file, ["index", "year", "period", "economies_ranked"],
            r => new RankingEditionRow(r.Line, r.Required("index"), SeedRules.Year(r, "year"),
                r.Optional("period") is null ? null : r.Period("period").Text, r.Int("economies_ranked")));

    public static IReadOnlyList<RankingEntryRow> ReadRankingEntries(SeedFile file) =>
        Read(file, ["index", "year", "area", "rank", "rank_qualifier", "out_of", "score", "tier", "derived", "source", "note"],
            r => SeedRules.Check(r, new RankingEntryRow(r.Line, r.Required("index"), SeedRules.Year(r, "year"), r.Required("area"),
                r.Int("rank"), r.Enum<Qualifier>("rank_qualifier"), r.Int("out_of"), r.Decimal("score"), r.Optional("tier"),
                r.Bool("derived") ?? false, r.Required("source"), r.Optional("note"))));

    public static IReadOnlyList<CountryAliasRow> ReadCountryAliases(SeedFile file) =>
        Read(file, ["name", "iso3", "note"],
            r => new CountryAliasRow(r.Line, r.Required("name"), SeedRules.Iso3(r, "iso3"), r.Optional("note")));

    /// <summary>The alias table alone, for importers that match publishers' country names.</summary>
    public static IReadOnlyList<CountryAliasRow> ReadCountryAliases(string seedFolder)
    {
        var path = Path.Combine(seedFolder, CountryAliases);
        return ReadCountryAliases(new SeedFile(CountryAliases, File.ReadAllBytes(path)));
    }

    private static List<T> Read<T>(SeedFile file, string[] columns, Func<CsvRow, T> map) =>
        CsvTable.Parse(file, columns).Rows.Select(map).ToList();
}
