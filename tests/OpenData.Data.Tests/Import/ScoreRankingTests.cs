using OpenData.Data.Import;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Import;

/// <summary>Files with scores only: GCI 2020 ranks densely (ITU), the GII panel by competition; both marked derived.</summary>
public sealed class ScoreRankingTests
{
    public static TheoryData<StorageProvider> Providers => TestDatabase.Providers();

    [Fact]
    public void Competition_rule_leaves_a_gap_after_a_tie() =>
        Assert.Equal([1, 2, 2, 4, 5], RankCalculator.Rank([100m, 99.54m, 99.54m, 99.48m, 94.55m], RankingRule.Competition));

    [Fact]
    public void Dense_rule_gives_the_next_score_the_next_rank() =>
        Assert.Equal([3, 1, 2, 2, 4], RankCalculator.Rank([99.48m, 100m, 99.54m, 99.540m, 94.55m], RankingRule.Dense));

    [Theory, MemberData(nameof(Providers))]
    public async Task Gci_2020_ranks_tied_scores_densely_and_marks_the_ranks_derived(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var summary = await bed.ImportAsync("gci2020", bed.Write("gci_2020.csv", Fixtures.Gci2020));

        Assert.Equal(("ITU-GCI-2020", 7, 2, 5), (summary.SourceCode, summary.RowsRead, summary.RowsSkipped, summary.Added));
        var entries = await bed.EntriesAsync("GCI", 2020);
        Assert.Equal(new Dictionary<string, int?> { ["USA"] = 1, ["GBR"] = 2, ["SWE"] = 2, ["EST"] = 3, ["VNM"] = 4 }, entries.ToDictionary(p => p.Key, p => p.Value.Rank));
        var vnm = entries["VNM"];
        Assert.Equal((94.55m, 5, true), (vnm.Score, vnm.OutOf, vnm.Derived));
        Assert.Contains("dense", vnm.Note);
        Assert.Equal(SourceKind.Compilation, vnm.Source.Kind);
        Assert.Contains("non-commercial", vnm.Source.Licence);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Gii_panel_makes_an_edition_per_year_ranked_by_competition_from_decimal_comma_scores(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var summary = await bed.ImportAsync("gii", bed.Write("global_innovation_index.csv", Fixtures.Gii));

        Assert.Equal(("WIPO-GII-PANEL", 7, 1, 6), (summary.SourceCode, summary.RowsRead, summary.RowsSkipped, summary.Added));
        Assert.Equal([2021, 2022], summary.Editions);
        var y2021 = await bed.EntriesAsync("GII", 2021);
        Assert.Equal(new Dictionary<string, int?> { ["CHE"] = 1, ["SWE"] = 2, ["KOR"] = 2, ["VNM"] = 4 }, y2021.ToDictionary(p => p.Key, p => p.Value.Rank));
        Assert.Equal((37.5m, 4, true), (y2021["VNM"].Score, y2021["VNM"].OutOf, y2021["VNM"].Derived));
        Assert.StartsWith("Rank computed from the panel's scores; published ranks differ in some years", y2021["VNM"].Note);
        Assert.Equal(("CC BY-NC-ND 3.0 IGO", SourceOrigin.Import), (y2021["VNM"].Source.Licence, y2021["VNM"].Source.Origin));
        var y2022 = await bed.EntriesAsync("GII", 2022);
        Assert.Equal((2, 34.3m), (y2022["VNM"].Rank, y2022["VNM"].Score));
        Assert.Equal(2, (await bed.EditionAsync("GII", 2022)).EconomiesRanked);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Gci_2024_stores_tiers_and_no_ranks(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var summary = await bed.ImportAsync("gci2024", bed.Write("gci_2024.csv", Fixtures.Gci2024));

        Assert.Equal(("ITU-GCI-2024", 5), (summary.SourceCode, summary.Added));
        var entries = await bed.EntriesAsync("GCI", 2024);
        Assert.Equal(new Dictionary<string, string?> { ["VNM"] = "Tier 1", ["DNK"] = "Tier 1", ["FIN"] = "Tier 2", ["EST"] = "Tier 4", ["SGP"] = "Tier 5" },
            entries.ToDictionary(p => p.Key, p => p.Value.Tier));
        Assert.All(entries.Values, e => Assert.Equal((null, null, false), (e.Rank, e.OutOf, e.Derived)));
        Assert.Equal(99.74m, entries["VNM"].Score);
        Assert.Equal(5, (await bed.EditionAsync("GCI", 2024)).EconomiesRanked);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ranks_follow_the_rule_of_an_index_the_seed_already_created(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        await using (var db = bed.NewContext())
        {
            db.RankingIndices.Add(new RankingIndex { Code = "GII", NameEn = "Seed name", NameVi = "Tên", Description = "Seed text", RankingRule = RankingRule.Dense });
            await db.SaveChangesAsync();
        }

        await bed.ImportAsync("gii", bed.Write("gii.csv", Fixtures.Gii));

        Assert.Equal(3, (await bed.EntriesAsync("GII", 2021))["VNM"].Rank);
        await using var check = bed.NewContext();
        var index = check.RankingIndices.Single(i => i.Code == "GII");
        Assert.Equal(("Seed name", "Tên", "Seed text", RankingRule.Dense, "WIPO"), (index.NameEn, index.NameVi, index.Description, index.RankingRule, index.Publisher));
    }
}
