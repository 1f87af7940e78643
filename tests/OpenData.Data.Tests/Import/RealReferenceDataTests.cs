using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenData.Data.Import;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenData.Data.Tests.Import;

/// <summary>
/// The real published files, imported into an empty database after the ISO list, with the seed's alias
/// table: this is what proves the alias table complete and the formats right.
/// </summary>
public sealed class RealReferenceDataTests(ITestOutputHelper output)
{
    public static TheoryData<StorageProvider> Providers => TestDatabase.Providers();

    private static readonly int[] EgdiYears = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022];

    private async Task<ImportBed> BedWithIsoCountriesAsync(StorageProvider provider)
    {
        var bed = await ImportBed.CreateAsync(provider, withCountries: false);
        var summary = await ImportAsync(bed, "iso3166", ReferenceData.File("iso-3166-countries", "all.csv"));
        Assert.Equal((249, 249), (summary.RowsRead, summary.Added));
        return bed;
    }

    private async Task<ImportSummary> ImportAsync(ImportBed bed, string kind, string path)
    {
        var watch = Stopwatch.StartNew();
        var summary = await bed.ImportAsync(kind, path, new ImportContext(ReferenceData.SeedAliases));
        output.WriteLine($"{kind} {Path.GetFileName(path)}: {summary.Added} added, {summary.RowsSkipped} skipped in {watch.ElapsedMilliseconds} ms");
        return summary;
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Every_un_egdi_edition_imports_with_its_published_ranks(StorageProvider provider)
    {
        await using var bed = await BedWithIsoCountriesAsync(provider);
        var vietNam = new List<int?>();
        var first = new List<string>();
        foreach (var year in EgdiYears)
        {
            var summary = await ImportAsync(bed, "egdi", ReferenceData.File("un-egdi", $"EGOV_DATA_{year}.csv"));
            // Not assessed: Montenegro and South Sudan until 2005, South Sudan in 2008 and 2010.
            var notAssessed = year <= 2005 ? 2 : year <= 2010 ? 1 : 0;
            Assert.Equal((193, notAssessed, 193 - notAssessed), (summary.RowsRead, summary.RowsSkipped, summary.Added));
            var entries = await bed.EntriesAsync("EGDI", year);
            Assert.All(entries.Values, e => Assert.False(e.Derived));
            vietNam.Add(entries["VNM"].Rank);
            first.Add(string.Join("+", entries.Values.Where(e => e.Rank == 1).Select(e => e.Area.Code)));
        }
        Assert.Equal([97, 112, 105, 91, 90, 83, 99, 89, 88, 86, 86], vietNam);
        Assert.Equal(["USA", "USA", "USA", "SWE", "KOR", "KOR", "KOR", "GBR", "DNK", "DNK", "DNK"], first);
        var y2022 = await bed.EntriesAsync("EGDI", 2022);
        Assert.Equal((0.6787m, 193), (y2022["VNM"].Score, y2022["VNM"].OutOf));
        Assert.Equal(0.9717m, y2022["DNK"].Score);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Egdi_2024_modified_copy_gives_viet_nam_71(StorageProvider provider)
    {
        await using var bed = await BedWithIsoCountriesAsync(provider);
        var summary = await ImportAsync(bed, "egdi", ReferenceData.File("un-egdi-2024-derived", "EGOV_DATA_2024.csv"));

        Assert.Equal(193, summary.Added);
        var entries = await bed.EntriesAsync("EGDI", 2024);
        Assert.Equal((71, 0.77092m), (entries["VNM"].Rank, entries["VNM"].Score));
        Assert.Equal((1, 0.98474m), (entries["DNK"].Rank, entries["DNK"].Score));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Unu_egov_copies_with_iso3_codes_import_for_2010_to_2018(StorageProvider provider)
    {
        await using var bed = await BedWithIsoCountriesAsync(provider);
        var vietNam = new List<int?>();
        foreach (var year in new[] { 2010, 2012, 2014, 2016, 2018 })
        {
            var summary = await ImportAsync(bed, "egdi", ReferenceData.File("un-egdi-iso3-2010-2018", $"egdi-{year}.csv"));
            Assert.Equal(($"UNU-EGOV-EGDI-{year}", 193), (summary.SourceCode, summary.Added + summary.RowsSkipped));
            vietNam.Add((await bed.EntriesAsync("EGDI", year))["VNM"].Rank);
        }
        Assert.Equal([90, 83, 99, 89, 88], vietNam);
        Assert.Equal(1, (await bed.EntriesAsync("EGDI", 2018))["DNK"].Rank);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Gci_2020_gives_viet_nam_dense_rank_25(StorageProvider provider)
    {
        await using var bed = await BedWithIsoCountriesAsync(provider);
        var summary = await ImportAsync(bed, "gci2020", ReferenceData.File("itu-gci-2020", "gci_2020.csv"));

        Assert.Equal((1142, 191), (summary.RowsRead, summary.Added));
        var entries = await bed.EntriesAsync("GCI", 2020);
        Assert.Equal((94.55m, 25, true, 191), (entries["VNM"].Score, entries["VNM"].Rank, entries["VNM"].Derived, entries["VNM"].OutOf));
        Assert.Equal((1, 2, 2, 3), (entries["USA"].Rank, entries["GBR"].Rank, entries["SAU"].Rank, entries["EST"].Rank));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Gci_2024_puts_viet_nam_in_tier_1(StorageProvider provider)
    {
        await using var bed = await BedWithIsoCountriesAsync(provider);
        var summary = await ImportAsync(bed, "gci2024", ReferenceData.File("itu-gci-2024", "gci_2024.csv"));

        Assert.Equal(194, summary.Added);
        var entries = await bed.EntriesAsync("GCI", 2024);
        Assert.Equal((99.74m, "Tier 1", null), (entries["VNM"].Score, entries["VNM"].Tier, entries["VNM"].Rank));
        // The report: 46 economies in Tier 1 and 105 in Tiers 3 and 4.
        var tiers = entries.Values.GroupBy(e => e.Tier!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["Tier 1"] = 46, ["Tier 2"] = 29, ["Tier 3"] = 49, ["Tier 4"] = 56, ["Tier 5"] = 14 }, tiers);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Gii_panel_ranks_149_economies_over_12_years(StorageProvider provider)
    {
        await using var bed = await BedWithIsoCountriesAsync(provider);
        var summary = await ImportAsync(bed, "gii", ReferenceData.File("wipo-gii-2011-2022", "global_innovation_index.csv"));

        Assert.Equal(1788, summary.RowsRead);
        Assert.Equal(Enumerable.Range(2011, 12), summary.Editions);
        int[] perYear = [125, 141, 142, 143, 141, 128, 127, 126, 129, 131, 132, 132];
        Assert.Equal(perYear.Sum(), summary.Added);
        await using var db = bed.NewContext();
        Assert.Equal(149, await db.RankingEntries.Select(e => e.AreaId).Distinct().CountAsync());
        var vietNam = await db.RankingEntries.Where(e => e.Area.Code == "VNM" && e.Edition.Index.Code == "GII")
            .OrderBy(e => e.Edition.Year).Select(e => new { e.Rank, e.OutOf, e.Derived, e.Edition.Year }).ToListAsync();
        // Derived from scores: the published ranks differ in 2016 (59) and 2022 (48).
        Assert.Equal([51, 76, 76, 71, 52, 58, 47, 45, 42, 42, 44, 46], vietNam.Select(v => v.Rank!.Value));
        Assert.Equal(perYear, vietNam.Select(v => v.OutOf!.Value));
        Assert.All(vietNam, v => Assert.True(v.Derived));
        var y2022 = await bed.EntriesAsync("GII", 2022);
        Assert.Equal((1, 64.6m), (y2022["CHE"].Rank, y2022["CHE"].Score));
    }
}
