using System.Text.RegularExpressions;
using CsvHelper;
using OpenData.Data.Seed;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Seed;

public sealed class CountryAliasTests
{
    private static readonly Regex IsoNameInNote = new("ISO name \"(?<name>[^\"]+)\"");

    [Fact]
    public void Every_EGDI_country_name_missing_from_the_ISO_list_has_an_alias()
    {
        var reference = ReferenceData();
        var isoNames = ReadIso(reference).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var egdiFiles = Directory.GetFiles(Path.Combine(reference, "un-egdi"), "*.csv")
            .Concat(Directory.GetFiles(Path.Combine(reference, "un-egdi-2024-derived"), "*.csv"));
        // The country is the second column in both layouts ("Country Name" in the UN export, "Country" in the 2024 copy).
        var unmatched = egdiFiles.SelectMany(f => ReadColumn(f, 1)).Select(name => name.Trim())
            .Where(name => !isoNames.Contains(name)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var aliases = SeedFiles.ReadCountryAliases(RepositoryPaths.Seed).Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.NotEmpty(unmatched);
        Assert.All(unmatched, name => Assert.Contains(name, aliases));
    }

    [Fact]
    public void Every_alias_maps_to_the_ISO_code_of_the_ISO_name_its_note_gives()
    {
        var iso = ReadIso(ReferenceData());
        var codes = iso.Values.ToHashSet(StringComparer.Ordinal);

        Assert.All(SeedFiles.ReadCountryAliases(RepositoryPaths.Seed), alias =>
        {
            Assert.Contains(alias.Iso3, codes);
            // An alias that is itself an ISO name would be dead, or worse, point elsewhere.
            Assert.False(iso.ContainsKey(alias.Name), $"{alias.Name} is already an ISO name");
            var named = IsoNameInNote.Match(alias.Note ?? "");
            Assert.True(named.Success, $"the note of {alias.Name} must quote the ISO name it was checked against");
            Assert.Equal(iso[named.Groups["name"].Value], alias.Iso3);
        });
    }

    private static string ReferenceData() =>
        Path.Combine(RepositoryPaths.Shared ?? throw new InvalidOperationException("The shared folder beside the repository is missing."), "reference-data");

    private static Dictionary<string, string> ReadIso(string reference)
    {
        using var reader = CsvReader.FromFile(Path.Combine(reference, "iso-3166-countries", "all.csv"), CsvReaderOptions.Default with { Separator = ',' });
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read()) byName[reader.GetString("name")!.Trim()] = reader.GetString("alpha-3")!;
        return byName;
    }

    private static List<string> ReadColumn(string path, int column)
    {
        using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default with { Separator = ',' });
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(column) ?? "");
        return values;
    }
}
