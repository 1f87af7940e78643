using Microsoft.EntityFrameworkCore;
using OpenData.Data.Import;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Import;

/// <summary>The same file twice changes nothing; a changed file replaces what its source said.</summary>
public sealed class IdempotenceTests
{
    public static TheoryData<StorageProvider> Providers => TestDatabase.Providers();

    public static TheoryData<StorageProvider, string> ProvidersAndKinds()
    {
        var data = new TheoryData<StorageProvider, string>();
        foreach (var provider in TestDatabase.Providers())
            foreach (var kind in new[] { "iso3166", "egdi", "gci2020", "gci2024", "gii" })
                data.Add(provider, kind);
        return data;
    }

    private static (string Name, string Content) FileOf(string kind) => kind switch
    {
        "iso3166" => ("all.csv", Fixtures.Iso),
        "egdi" => ("EGOV_DATA_2022.csv", Fixtures.Egdi2022),
        "gci2020" => ("gci_2020.csv", Fixtures.Gci2020),
        "gci2024" => ("gci_2024.csv", Fixtures.Gci2024),
        _ => ("global_innovation_index.csv", Fixtures.Gii),
    };

    [Theory, MemberData(nameof(ProvidersAndKinds))]
    public async Task Reimporting_the_same_file_changes_nothing(StorageProvider provider, string kind)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var (name, content) = FileOf(kind);
        var path = bed.Write(name, content);
        var first = await bed.ImportAsync(kind, path);
        var after = await bed.SnapshotAsync();

        var second = await bed.ImportAsync(kind, path);

        Assert.True(first.Changed);
        Assert.False(second.Changed);
        Assert.Equal("unchanged", second.Outcome);
        Assert.Equal((0, 0, 0), (second.Added, second.Updated, second.Removed));
        Assert.Equal(first.Added + first.Updated + first.Unchanged, second.Unchanged);
        Assert.Equal(after.Version, second.DatasetVersion);
        Assert.Equal(after, await bed.SnapshotAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Changed_file_replaces_its_sources_entries_for_the_edition(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var path = bed.Write("EGOV_DATA_2022.csv", Fixtures.Egdi2022);
        await bed.ImportAsync("egdi", path);
        var before = await bed.SnapshotAsync();

        // Estonia drops out, Viet Nam moves, Singapore comes in.
        var changed = Fixtures.Egdi2022.Replace("2022,\"Estonia \",8,0.93930,0.92050,0.95010,0.94180,0.92590\n", "")
            .Replace(",86,0.67870,", ",85,0.67880,") + "\n2022,\"Singapore \",12,0.91330,0.73860,0.96200,0.90200,0.88430";
        var summary = await bed.ImportAsync("egdi", bed.Write("EGOV_DATA_2022.csv", changed));

        Assert.Equal((true, 1, 1, 1, 2), (summary.Changed, summary.Added, summary.Updated, summary.Removed, summary.Unchanged));
        var entries = await bed.EntriesAsync("EGDI", 2022);
        Assert.Equal(["DNK", "KOR", "SGP", "VNM"], entries.Keys.Order());
        Assert.Equal((85, 0.6788m), (entries["VNM"].Rank, entries["VNM"].Score));
        var after = await bed.SnapshotAsync();
        Assert.Equal(before.ImportRecords + 1, after.ImportRecords);
        Assert.NotEqual(before.Version, after.Version);
        await using var db = bed.NewContext();
        Assert.Equal(1, await db.Sources.CountAsync(s => s.Code == "UN-EGDI-2022"));
        var record = await db.ImportRecords.OrderBy(r => r.Id).LastAsync();
        Assert.Equal(("egdi", "EGOV_DATA_2022.csv", 1, 1, 1), (record.Kind, record.FileName, record.RowsAdded, record.RowsUpdated, record.RowsRemoved));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Version_is_the_hash_of_the_seed_and_every_import_in_order(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var gci = bed.Write("gci_2024.csv", Fixtures.Gci2024);
        var egdi = bed.Write("EGOV_DATA_2022.csv", Fixtures.Egdi2022);

        var first = await bed.ImportAsync("gci2024", gci);
        var second = await bed.ImportAsync("egdi", egdi);

        // Worked out independently of the code under test: SHA-256 over the seed hash then each import's file hash.
        Assert.Equal(Version("none", Hash(gci)), first.DatasetVersion);
        Assert.Equal(Version("none", Hash(gci), Hash(egdi)), second.DatasetVersion);
        await using var db = bed.NewContext();
        var state = await db.DatasetStates.SingleAsync();
        Assert.Equal((1, "none", second.DatasetVersion), (state.Id, state.SeedHash, state.Version));
        Assert.Equal(2, await db.ImportRecords.CountAsync());

        static string Hash(string path) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        static string Version(string seedHash, params string[] fileHashes) =>
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(seedHash + string.Concat(fileHashes))))[..16];
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Progress_is_reported_up_to_every_row(StorageProvider provider)
    {
        await using var bed = await ImportBed.CreateAsync(provider);
        var reports = new List<ImportProgress>();

        await bed.ImportAsync("gii", bed.Write("gii.csv", Fixtures.Gii), progress: new Collect(reports));

        var last = reports[^1];
        Assert.Equal((6, 6), (last.Done, last.Total));
        Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done));
    }

    private sealed class Collect(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
