using OpenData.Data.Model;

namespace OpenData.Data.Import.Formats;

/// <summary>
/// ITU GCI 2020 as extracted from the report (long format: one row per country and pillar, ISO3 codes).
/// The file has scores only; ranks are computed with ITU's dense rule and marked derived.
/// </summary>
internal sealed class Gci2020Format : IRankingFormat
{
    private static readonly string[] Header = ["cc_iso3c", "ref_year", "variable", "value"];
    private const string Overall = "gci_overall";
    private static readonly HashSet<string> Variables =
        [Overall, "gci_legal_measures", "gci_technical_measures", "gci_organisational_measures", "gci_capacity_development", "gci_cooperative_measures"];
    private const int CodeColumn = 0, YearColumn = 1, VariableColumn = 2, ValueColumn = 3;

    public string Kind => "gci2020";

    public RankingFile Parse(ImportFile file, ImportContext context)
    {
        var table = CsvTable.Read(file.Path, file.Content);
        table.MatchHeader(Header);
        var year = EditionYear.FromColumn(table, YearColumn, context);
        var seen = new Dictionary<(string, string), int>();
        var entries = new List<ParsedEntry>();
        foreach (var row in table.Rows)
        {
            var code = row.Text(CodeColumn).ToUpperInvariant();
            if (code.Length == 0) throw row.Error(CodeColumn, "country code is empty");
            var variable = row.Text(VariableColumn);
            if (!Variables.Contains(variable))
                throw row.Error(VariableColumn, $"unknown variable '{variable}'; expected one of {string.Join(", ", Variables)}");
            var value = row.Number(ValueColumn);
            if (!seen.TryAdd((code, variable), row.Line))
                throw row.Error(CodeColumn, $"duplicate country '{code}' for {variable}: already on line {seen[(code, variable)]}");
            if (variable == Overall) entries.Add(new ParsedEntry(row, CodeColumn, null, Math.Round(value, 2, MidpointRounding.AwayFromZero), null));
        }
        var source = new SourceSpec($"ITU-GCI-{year}", $"Global Cybersecurity Index {year}: overall and pillar scores", "ITU (extracted from the report by the Blavatnik School of Government)",
            SourceKind.Compilation, Sources.ItuLicence)
        {
            Url = Sources.GciUrl, PublishedOn = year == 2020 ? "2021" : null,
            Note = "Scores as printed in the ITU report (2 decimals), extracted from its PDF; the report's ranks are not in the file.",
        };
        return new RankingFile(source, Sources.Gci, CountryKey.Iso3, RankOrigin.FromScores, [new ParsedEdition(year, entries)], table.Rows.Count, table.Rows.Count - entries.Count)
        {
            EntryNote = "Rank computed from the published scores",
        };
    }
}
