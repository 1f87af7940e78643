using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Import;

public sealed class EgdiImportTests
{
    public static TheoryData<StorageProvider> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Un_export_is_imported_with_its_published_ranks(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("EGOV_DATA_2022.csv", Fixtures.Egdi2022);

        var summary = await bed.ImportAsync("egdi", path);

        Assert.True(summary.Changed);
        Assert.Equal(("UN-EGDI-2022", 5, 1, 4, 0, 0), (summary.SourceCode, summary.RowsRead, summary.RowsSkipped, summary.Added, summary.Updated, summary.Removed));
        Assert.Equal([2022], summary.Editions);
        var entries = await bed.EntriesAsync("EGDI", 2022);
        Assert.Equal(["DNK", "EST", "KOR", "VNM"], entries.Keys.Order());
        var vnm = entries["VNM"];
        Assert.Equal((86, 4, 0.6787m, false, Qualifier.Exact), (vnm.Rank, vnm.OutOf, vnm.Score, vnm.Derived, vnm.RankQualifier));
        Assert.Equal((SourceOrigin.Import, SourceKind.PublisherDataset, "not stated (UN open data)", "EGOV_DATA_2022.csv"),
            (vnm.Source.Origin, vnm.Source.Kind, vnm.Source.Licence, vnm.Source.DocumentFile));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), vnm.Source.ContentHash);
        Assert.Equal(4, (await bed.EditionAsync("EGDI", 2022)).EconomiesRanked);
        await using var db = bed.NewContext();
        var index = await db.RankingIndices.SingleAsync(i => i.Code == "EGDI");
        Assert.Equal((RankingRule.Competition, true), (index.RankingRule, index.HigherScoreIsBetter));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Modified_2024_copy_is_imported_and_its_region_column_ignored(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var summary = await bed.ImportAsync("egdi", bed.Write("EGOV_DATA_2024.csv", Fixtures.Egdi2024Derived));

        Assert.Equal(("UN-EGDI-2024", 3), (summary.SourceCode, summary.Added));
        var entries = await bed.EntriesAsync("EGDI", 2024);
        Assert.Equal((71, 0.77092m), (entries["VNM"].Rank, entries["VNM"].Score));
        Assert.Equal(1, entries["DNK"].Rank);
        Assert.Equal(SourceKind.Compilation, entries["VNM"].Source.Kind);
        await using var db = bed.NewContext();
        // The copy's Region column (Denmark = Europe, but Nicaragua = Europe too) must not reach the areas.
        Assert.Null(await db.Areas.Where(a => a.Code == "DNK").Select(a => a.Region).SingleAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Unu_egov_copy_takes_its_year_from_the_file_name_and_rounds_float_noise(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var summary = await bed.ImportAsync("egdi", bed.Write("egdi-2010.csv", Fixtures.UnuEgov2010));

        Assert.Equal(("UNU-EGOV-EGDI-2010", 3), (summary.SourceCode, summary.Added));
        var vnm = (await bed.EntriesAsync("EGDI", 2010))["VNM"];
        Assert.Equal((90, 0.44544m, false), (vnm.Rank, vnm.Score, vnm.Derived));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Unu_egov_copy_without_a_year_in_its_name_needs_the_year_option(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("egdi.csv", Fixtures.UnuEgov2010);

        var rejected = await bed.RejectAsync("egdi", path);
        Assert.Contains("--year", rejected.Message);

        var summary = await bed.ImportAsync("egdi", path, bed.Context with { Year = 2012 });
        Assert.Equal([2012], summary.Editions);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Year_option_that_contradicts_the_file_is_rejected(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("EGOV_DATA_2022.csv", Fixtures.Egdi2022);
        var before = await bed.SnapshotAsync();

        var rejected = await bed.RejectAsync("egdi", path, bed.Context with { Year = 2020 });

        Assert.StartsWith($"{path}:2:1:", rejected.Message);
        Assert.Equal(before, await bed.SnapshotAsync());
    }
}
