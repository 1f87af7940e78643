using System.Globalization;
using OpenData.Data.Model;

namespace OpenData.Data.Import.Formats;

/// <summary>
/// WIPO GII 2011–2022 panel (semicolons, decimal commas, many years in one file, scores but no ranks).
/// Ranks are computed per year from the overall score; economies without a score that year are skipped.
/// </summary>
internal sealed class GiiFormat : IRankingFormat
{
    private static readonly string[] Header =
    [
        "Economies", "Year", "ID", "Institutions", "Human capital and research", "Infrastructure", "Market sophistication",
        "Business sophistication", "Knowledge and technology outputs", "Creative outputs", "Global Innovation Index",
        "GNI per capita in current U.S. dollars", "Income level (GNI Thresholds)", "GDP per capita, ppp (constant 2017 international $)",
        "GDP per capita ppp (current international $)",
    ];
    private const int NameColumn = 0, YearColumn = 1, FirstPillar = 3, LastPillar = 9, ScoreColumn = 10;

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "\u00a0", NegativeSign = "-" };

    public string Kind => "gii";

    public RankingFile Parse(ImportFile file, ImportContext context)
    {
        if (context.Year is not null) throw new ImportException(file.Path, "the GII panel holds many years; --year does not apply");
        var table = CsvTable.Read(file.Path, file.Content, ';');
        table.MatchHeader(Header);
        var byYear = new SortedDictionary<int, List<ParsedEntry>>();
        var skipped = 0;
        foreach (var row in table.Rows)
        {
            if (row.IsEmpty(NameColumn)) throw row.Error(NameColumn, "economy is empty");
            var year = EditionYear.Check(row, YearColumn);
            for (var c = FirstPillar; c <= LastPillar; c++) row.OptionalNumber(c, DecimalComma);
            // The World Bank context columns are not GII data and are not read.
            if (row.OptionalNumber(ScoreColumn, DecimalComma) is not { } score) { skipped++; continue; }
            if (!byYear.TryGetValue(year, out var list)) byYear[year] = list = [];
            list.Add(new ParsedEntry(row, NameColumn, null, Math.Round(score, 2, MidpointRounding.AwayFromZero), null));
        }
        var source = new SourceSpec("WIPO-GII-PANEL", "Global Innovation Index 2011–2022: overall and pillar scores (compiled panel)", "WIPO (with Cornell University and INSEAD)",
            SourceKind.Compilation, Sources.GiiLicence)
        {
            LicenceUrl = Sources.GiiLicenceUrl, Url = Sources.GiiUrl,
            Note = "A widely shared third-party panel of GII scores by economy and year; it has no ranks and no ISO codes.",
        };
        return new RankingFile(source, Sources.Gii, CountryKey.Name, RankOrigin.FromScores,
            byYear.Select(p => new ParsedEdition(p.Key, p.Value)).ToList(), table.Rows.Count, skipped)
        {
            EntryNote = "Rank computed from the panel's scores; published ranks differ in some years",
        };
    }
}
