using OpenData.Data.Model;

namespace OpenData.Data.Import.Formats;

/// <summary>
/// UN EGDI, one survey edition per file, in any of three layouts: the UN Data Center export, the
/// modified 2024 copy (renamed headers, extra non-UN Region column that is ignored), and the UNU-EGOV
/// copy with ISO3 codes and no year column. Ranks are the UN's own.
/// </summary>
internal sealed class EgdiFormat : IRankingFormat
{
    private static readonly string[] UnHeader =
        ["Survey Year", "Country Name", "E-Government Rank", "E-Government Index", "E-Participation Index", "Online Service Index", "Human Capital Index", "Telecommunication Infrastructure Index"];
    private static readonly string[] Derived2024Header =
        ["Survey Year", "Country", "Rank", "E_Index", "E_Participation", "Online_Service", "Human_Capital", "Tele_Infra", "Region"];
    private static readonly string[] UnuEgovHeader =
        ["country-code", "country-name", "e-gov-rank", "e-gov-index", "e-pat-index", "osi", "hci", "tii"];

    private const int RankColumn = 2, IndexColumn = 3, FirstSubIndex = 4, LastSubIndex = 7;

    public string Kind => "egdi";

    public RankingFile Parse(ImportFile file, ImportContext context)
    {
        var table = CsvTable.Read(file.Path, file.Content);
        var layout = table.MatchHeader(UnHeader, Derived2024Header, UnuEgovHeader);
        var named = EditionYear.FromFileName(file.Name);
        var year = layout == 2 ? EditionYear.Require(context.Year ?? named, file.Path) : EditionYear.FromColumn(table, 0, context, named);
        var countryColumn = layout == 2 ? 0 : 1;

        var entries = new List<ParsedEntry>();
        foreach (var row in table.Rows)
        {
            if (row.IsEmpty(countryColumn)) throw row.Error(countryColumn, "country is empty");
            var rank = row.OptionalInteger(RankColumn);
            var score = row.OptionalNumber(IndexColumn);
            for (var c = FirstSubIndex; c <= LastSubIndex; c++) row.OptionalNumber(c);
            // The UN lists every member state; those not assessed in an edition have no rank and zero scores.
            if (rank is null) continue;
            if (rank < 1) throw row.Error(RankColumn, $"rank {rank} is not positive");
            if (score is null) throw row.Error(IndexColumn, $"{row.ColumnName(IndexColumn)} is empty but the row has a rank");
            // 5 decimals as the UN publishes; the UNU-EGOV copies carry float noise (0.44543999999999995).
            entries.Add(new ParsedEntry(row, countryColumn, rank, Math.Round(score.Value, 5, MidpointRounding.AwayFromZero), null));
        }
        return new RankingFile(SourceFor(layout, year), Sources.Egdi, layout == 2 ? CountryKey.Iso3 : CountryKey.Name, RankOrigin.Published,
            [new ParsedEdition(year, entries)], table.Rows.Count, table.Rows.Count - entries.Count);
    }

    private static SourceSpec SourceFor(int layout, int year) => layout switch
    {
        0 => new SourceSpec($"UN-EGDI-{year}", $"UN E-Government Survey {year}: EGDI data (Data Center export)", "UN DESA", SourceKind.PublisherDataset, Sources.UnLicence)
        {
            Url = Sources.EgdiUrl, PublishedOn = year.ToString(),
            Note = $"UN E-Government Knowledgebase Data Center CSV export EGOV_DATA_{year}.csv.",
        },
        1 => new SourceSpec($"UN-EGDI-{year}", $"UN E-Government Survey {year}: EGDI data (modified third-party copy)", "UN DESA", SourceKind.Compilation, Sources.UnLicence)
        {
            Url = Sources.EgdiUrl, PublishedOn = year.ToString(),
            Note = "A copy of the UN Data Center export with renamed headers and an added, non-UN Region column (ignored); "
                + "the values agree with partial genuine copies. Importing the genuine UN export replaces it.",
        },
        _ => new SourceSpec($"UNU-EGOV-EGDI-{year}", $"UN E-Government Survey {year}: EGDI data with ISO3 codes (UNU-EGOV)", "UN DESA (compiled by UNU-EGOV)", SourceKind.Compilation, Sources.UnLicence)
        {
            Url = Sources.EgdiUrl, PublishedOn = year.ToString(),
            Note = "UNU-EGOV's copy of the UN data with ISO 3166 alpha-3 codes; scores rounded to 5 decimals.",
        },
    };
}
