using Microsoft.EntityFrameworkCore;
using OpenData.Data.Import;
using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Import;

/// <summary>
/// A fresh database with the schema (no seed loader: these tests own their data), a folder for the
/// fixture files a test writes, and an alias table for the fixture names.
/// </summary>
internal sealed class ImportBed : IAsyncDisposable
{
    public const string Aliases = """
        name,iso3,note
        Republic of Korea,KOR,UN name
        Republic of Korea (the),KOR,WIPO name
        Vietnam,VNM,WIPO name
        United Kingdom,GBR,WIPO name
        """;

    private readonly TestDatabase _database;
    public string Folder { get; }
    public ImportContext Context { get; }

    private ImportBed(TestDatabase database, string folder)
    {
        _database = database;
        Folder = folder;
        Context = new ImportContext(Path.Combine(folder, "country-aliases.csv"));
    }

    /// <summary>A bed with a few countries (ISO short names), a province and an aggregate, like the seed's.</summary>
    public static async Task<ImportBed> CreateAsync(StorageProvider provider, bool withCountries = true)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var folder = Directory.CreateTempSubdirectory("opendata-import-").FullName;
        var bed = new ImportBed(database, folder);
        bed.Write("country-aliases.csv", Aliases);
        await using var db = bed.NewContext();
        await db.Database.EnsureCreatedAsync();
        if (withCountries)
        {
            var vnm = Country("VNM", "Viet Nam", "VN", "704");
            vnm.NameVi = "Việt Nam";
            db.Areas.AddRange(vnm, Country("DNK", "Denmark", "DK", "208"), Country("KOR", "Korea, Republic of", "KR", "410"),
                Country("EST", "Estonia", "EE", "233"), Country("SGP", "Singapore", "SG", "702"), Country("USA", "United States of America", "US", "840"),
                Country("GBR", "United Kingdom of Great Britain and Northern Ireland", "GB", "826"), Country("CHE", "Switzerland", "CH", "756"),
                Country("SWE", "Sweden", "SE", "752"), Country("FIN", "Finland", "FI", "246"),
                new Area { Code = "WLD", Kind = AreaKind.Aggregate, NameEn = "World", NameVi = "Thế giới" });
            await db.SaveChangesAsync();
            db.Areas.Add(new Area { Code = "VN-HP", Kind = AreaKind.Province, NameEn = "Hai Phong", NameVi = "Hải Phòng", ParentId = vnm.Id });
            await db.SaveChangesAsync();
        }
        return bed;
    }

    private static Area Country(string code, string name, string iso2, string numeric) =>
        new() { Code = code, Kind = AreaKind.Country, NameEn = name, Iso2 = iso2, IsoNumeric = numeric };

    public OpenDataDbContext NewContext() => _database.NewContext();

    public string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\n") + "\n");
        return path;
    }

    public async Task<ImportSummary> ImportAsync(string kind, string path, ImportContext? context = null, IProgress<ImportProgress>? progress = null)
    {
        await using var db = NewContext();
        return await ImportRunner.RunAsync(db, kind, path, context ?? Context, progress, CancellationToken.None);
    }

    /// <summary>Runs an import that must be rejected and returns the rejection.</summary>
    public async Task<ImportException> RejectAsync(string kind, string path, ImportContext? context = null) =>
        await Assert.ThrowsAsync<ImportException>(() => ImportAsync(kind, path, context));

    public async Task<DbSnapshot> SnapshotAsync()
    {
        await using var db = NewContext();
        var entries = await db.RankingEntries.OrderBy(e => e.Id)
            .Select(e => $"{e.Id}|{e.EditionId}|{e.AreaId}|{e.SourceId}|{e.Rank}|{e.OutOf}|{e.Score}|{e.Tier}|{e.Derived}|{e.Note}").ToListAsync();
        var areas = await db.Areas.OrderBy(a => a.Id)
            .Select(a => $"{a.Id}|{a.Code}|{a.Kind}|{a.NameEn}|{a.NameVi}|{a.Iso2}|{a.IsoNumeric}|{a.Region}|{a.SubRegion}|{a.ParentId}").ToListAsync();
        var sources = await db.Sources.OrderBy(s => s.Id).Select(s => $"{s.Id}|{s.Code}|{s.ContentHash}").ToListAsync();
        return new DbSnapshot(
            string.Join("\n", areas), string.Join("\n", sources),
            await db.RankingIndices.CountAsync(), await db.RankingEditions.CountAsync(), string.Join("\n", entries),
            await db.ImportRecords.CountAsync(), await db.DatasetStates.Select(s => s.Version).FirstOrDefaultAsync());
    }

    /// <summary>The entries of one edition by country code.</summary>
    public async Task<Dictionary<string, RankingEntry>> EntriesAsync(string index, int year)
    {
        await using var db = NewContext();
        return await db.RankingEntries.Include(e => e.Area).Include(e => e.Source)
            .Where(e => e.Edition.Index.Code == index && e.Edition.Year == year)
            .ToDictionaryAsync(e => e.Area.Code);
    }

    public async Task<RankingEdition> EditionAsync(string index, int year)
    {
        await using var db = NewContext();
        return await db.RankingEditions.SingleAsync(e => e.Index.Code == index && e.Year == year);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Everything an import may change, as text, so "unchanged" is one equality.</summary>
internal sealed record DbSnapshot(string Areas, string Sources, int Indices, int Editions, string Entries, int ImportRecords, string? Version);
