using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Seed;

/// <summary>Figures users rely on, checked by hand rather than through the fact sheet.</summary>
public sealed class SeedSpotCheckTests
{
    public static TheoryData<StorageProvider> Providers() => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Viet_Nam_is_71st_of_193_in_EGDI_2024_after_a_derived_86th_in_2022(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedTesting.LoadAsync(database);
        await using var db = database.NewContext();

        var entries = await db.RankingEntries.Where(e => e.Edition.Index.Code == "EGDI" && e.Area.Code == "VNM")
            .Select(e => new { e.Edition.Year, e.Rank, e.OutOf, e.Derived, Source = e.Source.Code, e.Note })
            .OrderBy(e => e.Year).ToListAsync();

        Assert.Collection(entries,
            e => Assert.Equal((2022, 86, true, "DOC-002"), (e.Year, e.Rank!.Value, e.Derived, e.Source)),
            e => Assert.Equal((2024, 71, 193, false, "DOC-002"), (e.Year, e.Rank!.Value, e.OutOf!.Value, e.Derived, e.Source)));
        Assert.Contains("71 + 15", entries[0].Note);
        Assert.Equal(RankingRule.Competition, await db.RankingIndices.Where(i => i.Code == "EGDI").Select(i => i.RankingRule).SingleAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_digital_economy_share_of_GDP_keeps_its_status_and_qualifier_per_year(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedTesting.LoadAsync(database);
        await using var db = database.NewContext();

        var series = await db.Observations.Where(o => o.Indicator.Code == "DIGITAL_ECONOMY_GDP_SHARE" && o.Area.Code == "VNM")
            .OrderBy(o => o.PeriodStart)
            .Select(o => new { o.Period, o.Value, o.Status, o.Qualifier, Source = o.Source.Code })
            .ToListAsync();

        Assert.Equal(
            [
                ("2021", 11.91m, ValueStatus.Actual, Qualifier.Exact),
                ("2022", 14.26m, ValueStatus.Actual, Qualifier.Exact),
                ("2023", 16.5m, ValueStatus.Estimate, Qualifier.Exact),
                ("2025", 20m, ValueStatus.Forecast, Qualifier.LowerBound),
            ],
            series.Select(o => (o.Period, o.Value!.Value, o.Status, o.Qualifier)));
        Assert.All(series, o => Assert.Equal("DOC-000", o.Source));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Hai_Phong_is_a_province_of_Viet_Nam_with_its_Vietnamese_name(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedTesting.LoadAsync(database);
        await using var db = database.NewContext();

        var haiPhong = await db.Areas.Where(a => a.Code == "VN-HP").Select(a => new { a.Kind, a.NameVi, Parent = a.Parent!.Code }).SingleAsync();

        Assert.Equal((AreaKind.Province, "Hải Phòng", "VNM"), (haiPhong.Kind, haiPhong.NameVi, haiPhong.Parent));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Seed_sources_carry_their_licence_and_the_e_commerce_forecast_is_a_range(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedTesting.LoadAsync(database);
        await using var db = database.NewContext();

        var sources = await db.Sources.OrderBy(s => s.Code).Select(s => new { s.Code, s.Origin, s.Licence }).ToListAsync();
        var forecast = await db.Observations.Where(o => o.Indicator.Code == "ECOMMERCE_REVENUE" && o.Period == "2024")
            .Select(o => new { o.Value, o.Low, o.High, o.Qualifier, o.Status }).SingleAsync();

        Assert.Equal(["DOC-000", "DOC-001", "DOC-002", "DOC-003", "DOC-004"], sources.Select(s => s.Code));
        Assert.All(sources, s => Assert.Equal((SourceOrigin.Seed, "Not stated (facts quoted from a public document)"), (s.Origin, s.Licence)));
        Assert.Equal((27.7m, 27.7m, 28m, Qualifier.Range, ValueStatus.Forecast),
            (forecast.Value!.Value, forecast.Low!.Value, forecast.High!.Value, forecast.Qualifier, forecast.Status));
    }
}
