using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Import;

public sealed class Iso3166ImportTests
{
    public static TheoryData<StorageProvider> Providers => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Countries_are_upserted_by_alpha3_and_vietnamese_names_and_other_areas_are_left_alone(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        await using (var db = bed.NewContext())
        {
            var vnm = await db.Areas.AsTracking().SingleAsync(a => a.Code == "VNM");
            vnm.NameEn = "Vietnam (old name)";
            await db.SaveChangesAsync();
        }
        var before = await AreasAsync(bed);

        var summary = await bed.ImportAsync("iso3166", bed.Write("all.csv", Fixtures.Iso));

        Assert.Equal(("ISO-3166", 4, 2, 2, 0), (summary.SourceCode, summary.RowsRead, summary.Added, summary.Updated, summary.Removed));
        var after = await AreasAsync(bed);
        var vietNam = after["VNM"];
        Assert.Equal(("Viet Nam", "Việt Nam", "VN", "704", "Asia", "South-eastern Asia"),
            (vietNam.NameEn, vietNam.NameVi, vietNam.Iso2, vietNam.IsoNumeric, vietNam.Region, vietNam.SubRegion));
        Assert.Equal((AreaKind.Country, "Côte d'Ivoire", "384", "Sub-Saharan Africa"), (after["CIV"].Kind, after["CIV"].NameEn, after["CIV"].IsoNumeric, after["CIV"].SubRegion));
        Assert.Equal(("Korea, Republic of", "Eastern Asia"), (after["KOR"].NameEn, after["KOR"].SubRegion));
        Assert.Null(after["ATA"].Region);
        foreach (var code in new[] { "WLD", "VN-HP", "DNK" })
            Assert.Equivalent(before[code], after[code]);
        await using var check = bed.NewContext();
        var source = await check.Sources.SingleAsync(s => s.Code == "ISO-3166");
        Assert.Equal((SourceKind.Reference, "CC BY-SA 4.0", SourceOrigin.Import), (source.Kind, source.Licence, source.Origin));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Imported_countries_are_found_by_their_iso_names(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider, withCountries: false);
        await bed.ImportAsync("iso3166", bed.Write("all.csv", Fixtures.Iso));
        var egdi = Fixtures.EgdiHeader + "\n2022,\"Côte d'Ivoire \",130,0.5,0.5,0.5,0.5,0.5\n2022,\"Republic of Korea \",3,0.9,0.9,0.9,0.9,0.9";

        var summary = await bed.ImportAsync("egdi", bed.Write("EGOV_DATA_2022.csv", egdi));

        Assert.Equal(2, summary.Added);
        Assert.Equal(["CIV", "KOR"], (await bed.EntriesAsync("EGDI", 2022)).Keys.Order());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Ranking_import_before_the_iso_import_says_to_run_it_first(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider, withCountries: false);

        var rejected = await bed.RejectAsync("gci2024", bed.Write("gci_2024.csv", Fixtures.Gci2024));

        Assert.Contains("run `import iso3166", rejected.Message);
    }

    private static async Task<Dictionary<string, Area>> AreasAsync(ImportBed bed)
    {
        await using var db = bed.NewContext();
        return await db.Areas.ToDictionaryAsync(a => a.Code);
    }
}
