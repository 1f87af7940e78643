using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Seed;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Seed;

public sealed class SeedLoaderTests
{
    public static TheoryData<StorageProvider> Providers() => TestDatabase.Providers();

    [Theory, MemberData(nameof(Providers))]
    public async Task Loading_twice_with_unchanged_files_does_nothing(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var first = await SeedTesting.LoadAsync(database);
        var before = await SeedTesting.SnapshotAsync(database);
        var second = await SeedTesting.LoadAsync(database);

        Assert.True(first.Changed);
        Assert.True(first.Observations > 0 && first.RankingEntries > 0);
        Assert.False(second.Changed);
        Assert.Equal(first.SeedHash, second.SeedHash);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(before, await SeedTesting.SnapshotAsync(database));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Changing_a_seed_file_changes_the_seed_hash_the_version_and_the_data(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var seed = new TempSeedFolder();
        var first = await SeedTesting.LoadAsync(database, seed.Path);

        seed.ReplaceOnce(SeedFiles.Observations, "DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,", "DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.92,");
        var second = await SeedTesting.LoadAsync(database, seed.Path);

        Assert.True(second.Changed);
        Assert.NotEqual(first.SeedHash, second.SeedHash);
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal(first.Observations, second.Observations);
        await using var db = database.NewContext();
        var value = await db.Observations.Where(o => o.Indicator.Code == "DIGITAL_ECONOMY_GDP_SHARE" && o.Period == "2021").Select(o => o.Value).SingleAsync();
        Assert.Equal(11.92m, value);
        Assert.Equal(second.SeedHash, (await db.DatasetStates.SingleAsync()).SeedHash);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_bad_number_fails_with_file_and_line_and_leaves_the_loaded_data_intact(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var seed = new TempSeedFolder();
        await SeedTesting.LoadAsync(database, seed.Path);
        var before = await SeedTesting.SnapshotAsync(database);

        var line = seed.ReplaceOnce(SeedFiles.Observations, "DIGITAL_ECONOMY_GDP_SHARE,VNM,,2022,14.26,", "DIGITAL_ECONOMY_GDP_SHARE,VNM,,2022,\"14,26\",");
        var error = await Assert.ThrowsAsync<SeedException>(() => SeedTesting.LoadAsync(database, seed.Path));

        Assert.Contains($"{SeedFiles.Observations}, line {line}, column 'value'", error.Message);
        Assert.Contains("'14,26' is not a number", error.Message);
        Assert.Equal(before, await SeedTesting.SnapshotAsync(database));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_unknown_source_code_fails_with_file_and_line_and_leaves_the_loaded_data_intact(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var seed = new TempSeedFolder();
        await SeedTesting.LoadAsync(database, seed.Path);
        var before = await SeedTesting.SnapshotAsync(database);

        var line = seed.ReplaceOnce(SeedFiles.RankingEntries, "EGDI,2024,VNM,71,Exact,193,,,false,DOC-002,", "EGDI,2024,VNM,71,Exact,193,,,false,DOC-999,");
        var error = await Assert.ThrowsAsync<SeedException>(() => SeedTesting.LoadAsync(database, seed.Path));

        Assert.Equal($"{SeedFiles.RankingEntries}, line {line}, column 'source': 'DOC-999' is not defined in {SeedFiles.Sources}", error.Message);
        Assert.Equal(before, await SeedTesting.SnapshotAsync(database));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_failure_inside_the_transaction_rolls_every_change_back(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var seed = new TempSeedFolder();
        await SeedTesting.LoadAsync(database, seed.Path);
        await using (var db = database.NewContext())
        {
            db.Sources.Add(new Source { Code = "UN-EGDI-2022", Title = "EGOV_DATA_2022.csv", Language = "en", Licence = "Not stated", Origin = SourceOrigin.Import });
            await db.SaveChangesAsync();
        }
        var before = await SeedTesting.SnapshotAsync(database);

        // Only the database knows the code is an importer's, so this fails after the seed rows were already deleted.
        File.AppendAllText(System.IO.Path.Combine(seed.Path, SeedFiles.Sources), "UN-EGDI-2022,Clash,,,,en,,,Compilation,Not stated,,\n");
        var error = await Assert.ThrowsAsync<SeedException>(() => SeedTesting.LoadAsync(database, seed.Path));

        Assert.StartsWith($"{SeedFiles.Sources}, line 7, column 'code'", error.Message);
        Assert.Equal(before, await SeedTesting.SnapshotAsync(database));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_reload_keeps_what_importers_added_and_counts_their_files_in_the_version(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var seed = new TempSeedFolder();
        await SeedTesting.LoadAsync(database, seed.Path);
        const string fileHash = "ab12";
        await using (var db = database.NewContext())
        {
            var edition = await db.RankingEditions.AsTracking().SingleAsync(e => e.Index.Code == "EGDI" && e.Year == 2022);
            var vnm = await db.Areas.AsTracking().SingleAsync(a => a.Code == "VNM");
            var source = new Source { Code = "UN-EGDI-2022", Title = "EGOV_DATA_2022.csv", Language = "en", Licence = "Not stated", Origin = SourceOrigin.Import };
            db.RankingEntries.Add(new RankingEntry { Edition = edition, Area = vnm, Rank = 86, Source = source, Score = 0.6787m });
            db.ImportRecords.Add(new ImportRecord { Kind = "un-egdi", FileName = "EGOV_DATA_2022.csv", FileHash = fileHash });
            await db.SaveChangesAsync();
        }

        seed.ReplaceOnce(SeedFiles.Observations, "DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.91,", "DIGITAL_ECONOMY_GDP_SHARE,VNM,,2021,11.92,");
        var result = await SeedTesting.LoadAsync(database, seed.Path);

        Assert.True(result.Changed);
        Assert.Equal(SeedHash.DatasetVersion(result.SeedHash, [fileHash]), result.Version);
        await using var check = database.NewContext();
        var imported = await check.RankingEntries.Where(e => e.Source.Code == "UN-EGDI-2022").Select(e => e.Rank).SingleAsync();
        Assert.Equal(86, imported);
        Assert.Equal(SourceOrigin.Import, await check.Sources.Where(s => s.Code == "UN-EGDI-2022").Select(s => s.Origin).SingleAsync());
    }

    [Fact]
    public void The_seed_hash_covers_file_names_and_bytes_in_ordinal_order()
    {
        SeedFile[] files = [new("b.csv", [1, 2]), new("a.csv", [3])];
        SeedFile[] reordered = [files[1], files[0]];
        SeedFile[] renamed = [new("c.csv", [1, 2]), files[1]];
        SeedFile[] shifted = [new("b.csv", [1]), new("a.csv", [2, 3])];

        var hash = SeedHash.Compute(files);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, SeedHash.Compute(reordered));
        Assert.NotEqual(hash, SeedHash.Compute(renamed));
        Assert.NotEqual(hash, SeedHash.Compute(shifted));
        Assert.Matches("^[0-9a-f]{16}$", SeedHash.DatasetVersion(hash, []));
        Assert.NotEqual(SeedHash.DatasetVersion(hash, []), SeedHash.DatasetVersion(hash, ["ab12"]));
    }
}
