namespace OpenData.Data.Import;

/// <summary>
/// Publisher spellings of country names that differ from the ISO short name (<c>name,iso3,note</c>):
/// "Republic of Korea (the)" → KOR. Reviewed by hand in seed/country-aliases.csv; the importers never guess.
/// </summary>
internal sealed class AliasTable
{
    private static readonly string[] ExpectedHeader = ["name", "iso3", "note"];
    private readonly Dictionary<string, string> _codes;

    public string Path { get; }
    public bool Exists { get; }
    public int Count => _codes.Count;

    private AliasTable(string path, bool exists, Dictionary<string, string> codes)
    {
        Path = path;
        Exists = exists;
        _codes = codes;
    }

    /// <summary>For files keyed by ISO3 code, which need no aliases.</summary>
    public static AliasTable None { get; } = new("(none)", false, new Dictionary<string, string>());

    public static AliasTable Load(string path)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path)) return new AliasTable(path, false, codes);
        var table = CsvTable.Read(path, File.ReadAllBytes(path));
        table.MatchHeader(ExpectedHeader);
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var name = CountryNames.Normalize(row.Text(0));
            var code = row.Text(1).ToUpperInvariant();
            if (name.Length == 0) throw row.Error(0, "alias name is empty");
            if (!CountryNames.IsAlpha3(code)) throw row.Error(1, $"'{row.Text(1)}' is not an ISO 3166-1 alpha-3 code");
            if (codes.TryGetValue(name, out var other) && other != code)
                throw row.Error(0, $"alias '{name}' maps to {code} here but to {other} on line {firstLine[name]}");
            codes[name] = code;
            firstLine.TryAdd(name, row.Line);
        }
        return new AliasTable(path, true, codes);
    }

    public string? Find(string name) => _codes.GetValueOrDefault(CountryNames.Normalize(name));
}
