using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Import;

/// <summary>A bad file is refused whole, with file:line:column, and the database is exactly as before.</summary>
public sealed class RejectionTests
{
    public static TheoryData<StorageProvider> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Wrong_header_is_rejected_quoting_the_expected_header(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("gci_2024.csv", Fixtures.Gci2024.Replace("organizational", "organisational"));
        var before = await bed.SnapshotAsync();

        var rejected = await bed.RejectAsync("gci2024", path);

        Assert.Equal((path, 1, 4), (rejected.File, rejected.Line, rejected.Column));
        Assert.StartsWith($"{path}:1:4: wrong header", rejected.Message);
        Assert.Equal("country,legal,technical,organizational,capacity,cooperation,gci,iso3,year", rejected.ExpectedHeader);
        Assert.Contains(rejected.ExpectedHeader!, rejected.Message);
        Assert.Equal(before, await bed.SnapshotAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Non_numeric_score_is_rejected_at_its_cell(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("EGOV_DATA_2022.csv", Fixtures.Egdi2022.Replace("0.67870", "0.6787O"));
        var before = await bed.SnapshotAsync();

        var rejected = await bed.RejectAsync("egdi", path);

        Assert.Equal((5, 4), (rejected.Line, rejected.Column));
        Assert.Contains("'E-Government Index' is not a number: '0.6787O'", rejected.Message);
        Assert.Equal(before, await bed.SnapshotAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Decimal_point_in_the_decimal_comma_panel_is_rejected(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("gii.csv", Fixtures.Gii.Replace(";37,5;", ";37.5;"));

        var rejected = await bed.RejectAsync("gii", path);

        Assert.Equal((5, 11), (rejected.Line, rejected.Column));
        Assert.Contains("'37.5'", rejected.Message);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Country_twice_in_one_edition_is_rejected_even_under_two_names(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        // "Vietnam" is an alias of VNM, which "Viet Nam" matches by name.
        var path = bed.Write("gii.csv", Fixtures.Gii + "\nViet Nam;2022;4;1;1;1;1;1;1;1;30;;;;");
        var before = await bed.SnapshotAsync();

        var rejected = await bed.RejectAsync("gii", path);

        Assert.Equal((9, 1), (rejected.Line, rejected.Column));
        Assert.Contains("duplicate country 'Viet Nam' in edition 2022: already on line 8", rejected.Message);
        Assert.Equal(before, await bed.SnapshotAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Unmapped_country_name_is_rejected_naming_it(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("EGOV_DATA_2022.csv", Fixtures.Egdi2022.Replace("\"Estonia \"", "\"Republic of Estonia \""));
        var before = await bed.SnapshotAsync();

        var rejected = await bed.RejectAsync("egdi", path);

        Assert.Equal((4, 2), (rejected.Line, rejected.Column));
        Assert.Contains("unknown country name 'Republic of Estonia'", rejected.Message);
        Assert.Contains("country-aliases.csv", rejected.Message);
        Assert.Equal(before, await bed.SnapshotAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Code_without_a_country_area_asks_for_the_iso_import_first(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("gci_2024.csv", Fixtures.Gci2024 + "\nNorway,20,20,20,20,20,100,NOR,2024");
        var before = await bed.SnapshotAsync();

        var rejected = await bed.RejectAsync("gci2024", path);

        Assert.Equal((7, 8), (rejected.Line, rejected.Column));
        Assert.Contains("no country area NOR; run `import iso3166", rejected.Message);
        Assert.Equal(before, await bed.SnapshotAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Failure_after_rows_were_written_rolls_everything_back(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        // 300 countries are written in batches before the last row collides with the seed's aggregate WLD.
        var rows = Enumerable.Range(0, 300).Select(i =>
            $"Land {i},{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)},Q{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)},{i:000},x,Asia,Eastern Asia,,142,030,");
        var path = bed.Write("all.csv", string.Join("\n", [Fixtures.IsoHeader, .. rows, "World,WL,WLD,999,x,,,,,,"]));
        var before = await bed.SnapshotAsync();

        var rejected = await bed.RejectAsync("iso3166", path);

        Assert.Equal((302, 3), (rejected.Line, rejected.Column));
        Assert.Contains("aggregate", rejected.Message);
        Assert.Equal(before, await bed.SnapshotAsync());
    }
}
