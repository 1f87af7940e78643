using OpenData.Data.Model;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Seed;

/// <summary>The seed holds every statistic of the fact sheet and nothing it does not state, read from the sheet itself.</summary>
public sealed class SeedCoverageTests
{
    public static TheoryData<StorageProvider> Providers() => TestDatabase.Providers();

    // Rows the matcher cannot check mechanically, by their "what" cell, each with the reason. Keep it empty if at all
    // possible: an entry here is a figure no test looks at.
    private static readonly Dictionary<string, string> NotCheckedMechanically = new(StringComparer.Ordinal);

    [Fact]
    public void The_fact_sheet_is_present_and_has_tables()
    {
        Assert.NotEmpty(ReadFactSheet());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Every_figure_in_seed_facts_is_in_the_database(StorageProvider provider)
    {
        var (matcher, failures) = await MatchAsync(provider);

        Assert.True(failures.Count == 0, "Figures of the fact sheet missing from the seed:\n" + string.Join("\n", failures));
        Assert.NotEmpty(matcher.ClaimedObservations);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Every_seed_value_is_backed_by_a_figure_in_seed_facts(StorageProvider provider)
    {
        var (matcher, _) = await MatchAsync(provider);
        var facts = matcher.Facts;

        var unbacked = facts.Observations.Where(o => o.Origin == SourceOrigin.Seed && !matcher.ClaimedObservations.Contains(o.Id))
            .Select(o => $"observation {o.Indicator} {o.Area} {o.Period} = {o.Value} ({o.Source})")
            .Concat(facts.Entries.Where(e => e.Origin == SourceOrigin.Seed && !matcher.ClaimedEntries.Contains(e.Id))
                .Select(e => $"ranking entry {e.Index} {e.Year} {e.Area} rank {e.Rank} ({e.Source})"))
            .ToList();

        Assert.True(unbacked.Count == 0, "Seed values that no figure of the fact sheet states:\n" + string.Join("\n", unbacked));
    }

    private static async Task<(FactMatcher Matcher, List<string> Failures)> MatchAsync(StorageProvider provider)
    {
        var rows = ReadFactSheet();
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedTesting.LoadAsync(database);
        await using var db = database.NewContext();
        var matcher = new FactMatcher(await SeedFacts.ReadAsync(db));
        var failures = rows
            .Where(r => r.Cells.ContainsKey("value") && !NotCheckedMechanically.ContainsKey(r["what"]))
            .SelectMany(matcher.Check)
            .ToList();
        return (matcher, failures);
    }

    private static IReadOnlyList<FactRow> ReadFactSheet()
    {
        var path = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, FactSheet.FileName) : null;
        if (path is null || !File.Exists(path))
            Assert.Fail($"The fact sheet is missing: expected {FactSheet.FileName} in the shared folder beside the repository " +
                $"({Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared"))}). The seed coverage tests read every figure from it.");
        return FactSheet.Read(path);
    }
}
