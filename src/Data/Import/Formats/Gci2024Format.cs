using OpenData.Data.Model;

namespace OpenData.Data.Import.Formats;

/// <summary>
/// ITU GCI 2024 as distributed by World Bank Data360 (one row per economy, full-precision scores).
/// GCI 2024 publishes tiers, not ranks: the tier follows from the overall score by the report's thresholds.
/// </summary>
internal sealed class Gci2024Format : IRankingFormat
{
    private static readonly string[] Header = ["country", "legal", "technical", "organizational", "capacity", "cooperation", "gci", "iso3", "year"];
    private const int FirstPillar = 1, LastPillar = 5, ScoreColumn = 6, CodeColumn = 7, YearColumn = 8;

    /// <summary>Lower bounds of Tiers 1 to 4 in the GCI 2024 report; below the last is Tier 5.</summary>
    private static readonly decimal[] TierFloors = [95m, 85m, 55m, 20m];

    public string Kind => "gci2024";

    public RankingFile Parse(ImportFile file, ImportContext context)
    {
        var table = CsvTable.Read(file.Path, file.Content);
        table.MatchHeader(Header);
        var year = EditionYear.FromColumn(table, YearColumn, context);
        var entries = new List<ParsedEntry>();
        foreach (var row in table.Rows)
        {
            if (row.IsEmpty(CodeColumn)) throw row.Error(CodeColumn, "iso3 is empty");
            for (var c = FirstPillar; c <= LastPillar; c++) row.Number(c);
            // The report prints 2 decimals and places economies in tiers by that printed score.
            var score = Math.Round(row.Number(ScoreColumn), 2, MidpointRounding.AwayFromZero);
            if (score is < 0 or > 100) throw row.Error(ScoreColumn, $"score {score} is outside 0 to 100");
            entries.Add(new ParsedEntry(row, CodeColumn, null, score, Tier(score)));
        }
        var source = new SourceSpec($"ITU-GCI-{year}", $"Global Cybersecurity Index {year}: overall and pillar scores (World Bank Data360)", "ITU (distributed by World Bank Data360)",
            SourceKind.Compilation, Sources.ItuLicence)
        {
            Url = Sources.GciUrl, PublishedOn = year.ToString(),
            Note = "ITU GCI as distributed by World Bank Data360 (a join of its six indicator files); a few values differ from the report's PDF.",
        };
        return new RankingFile(source, Sources.Gci, CountryKey.Iso3, RankOrigin.None, [new ParsedEdition(year, entries)], table.Rows.Count, 0)
        {
            EntryNote = "GCI 2024 publishes tiers, not ranks; tier from the overall score (Tier 1 ≥ 95, Tier 2 ≥ 85, Tier 3 ≥ 55, Tier 4 ≥ 20, else Tier 5)",
        };
    }

    public static string Tier(decimal score)
    {
        for (var i = 0; i < TierFloors.Length; i++)
            if (score >= TierFloors[i]) return $"Tier {i + 1}";
        return $"Tier {TierFloors.Length + 1}";
    }
}
