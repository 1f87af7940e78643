using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>
/// Writes a parsed ranking file: the file's source then holds exactly the file's entries (added, updated
/// in place, or removed), on the edition of each year, in one transaction.
/// </summary>
internal static class RankingWriter
{
    private sealed record Placed(ParsedEntry Entry, int AreaId);

    public static async Task<ImportSummary> WriteAsync(OpenDataDbContext db, string kind, ImportFile file, RankingFile parsed,
        ImportContext context, IProgress<ImportProgress>? progress, Stopwatch clock, CancellationToken ct)
    {
        var summary = new ImportSummary
        {
            Kind = kind, File = file.Path, SourceCode = parsed.Source.Code, RowsRead = parsed.RowsRead, RowsSkipped = parsed.RowsSkipped,
            Editions = parsed.Editions.Select(e => e.Year).ToList(),
        };
        var existingSource = await Catalog.FindSourceAsync(db, parsed.Source.Code, file.Path, ct);
        if (existingSource?.ContentHash == file.Hash)
            return summary with { Unchanged = parsed.Editions.Sum(e => e.Entries.Count), Duration = clock.Elapsed, DatasetVersion = await DatasetVersioning.CurrentAsync(db, ct) };

        var aliases = parsed.Key == CountryKey.Name ? AliasTable.Load(context.AliasTablePath) : AliasTable.None;
        var resolver = await CountryResolver.LoadAsync(db, aliases, ct);
        var placed = parsed.Editions.Select(e => (e.Year, Entries: Place(e, parsed.Key, resolver))).ToList();
        var total = placed.Sum(e => e.Entries.Count);
        progress?.Report(new ImportProgress(0, total, "writing"));

        return await ImportTransaction.RunAsync(db, async () =>
        {
            var index = await Catalog.UpsertIndexAsync(db, parsed.Index, ct);
            var source = Catalog.UpsertSource(db, existingSource, parsed.Source, file);
            await db.SaveChangesAsync(ct);
            var rule = index.RankingRule is RankingRule.Competition or RankingRule.Dense ? index.RankingRule : parsed.Index.Rule;

            var old = await db.RankingEntries.AsTracking().Where(e => e.SourceId == source.Id).ToListAsync(ct);
            var oldByKey = old.ToDictionary(e => (e.EditionId, e.AreaId));
            var saver = new ProgressSaver(db, progress, total);
            int added = 0, updated = 0, unchanged = 0;
            foreach (var (year, entries) in placed)
            {
                var edition = await EditionAsync(db, index, year, ct);
                var ranks = RanksFor(parsed.Ranks, entries, rule);
                edition.EconomiesRanked = parsed.Ranks == RankOrigin.None ? entries.Count : ranks.Count(r => r is not null);
                var outOf = parsed.Ranks == RankOrigin.None ? (int?)null : edition.EconomiesRanked;
                var note = parsed.Ranks == RankOrigin.FromScores ? $"{parsed.EntryNote} ({RuleText(rule)})" : parsed.EntryNote;
                for (var i = 0; i < entries.Count; i++)
                {
                    var (entry, areaId) = entries[i];
                    var target = oldByKey.Remove((edition.Id, areaId), out var existing) ? existing : null;
                    if (target is null)
                    {
                        target = new RankingEntry { EditionId = edition.Id, AreaId = areaId, SourceId = source.Id };
                        db.RankingEntries.Add(target);
                        added++;
                    }
                    else if (Same(target, ranks[i], outOf, entry, parsed.Ranks == RankOrigin.FromScores, note))
                    {
                        unchanged++;
                        await saver.RowDoneAsync(ct);
                        continue;
                    }
                    else updated++;
                    target.Rank = ranks[i];
                    target.RankQualifier = Qualifier.Exact;
                    target.OutOf = ranks[i] is null ? null : outOf;
                    target.Score = entry.Score;
                    target.Tier = entry.Tier;
                    target.Derived = parsed.Ranks == RankOrigin.FromScores;
                    target.Note = note;
                    await saver.RowDoneAsync(ct);
                }
            }
            // Whatever the source held that the file no longer has goes: the file is the source.
            db.RankingEntries.RemoveRange(oldByKey.Values);
            await saver.FlushAsync(ct);

            var version = await DatasetVersioning.RecordAsync(db, kind, file, added, updated, oldByKey.Count, context.Clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            return summary with
            {
                Changed = true, Added = added, Updated = updated, Removed = oldByKey.Count, Unchanged = unchanged,
                Duration = clock.Elapsed, DatasetVersion = version,
            };
        }, ct);
    }

    /// <summary>Maps every row to its area and rejects a country that appears twice in one edition.</summary>
    private static List<Placed> Place(ParsedEdition edition, CountryKey key, CountryResolver resolver)
    {
        var firstLine = new Dictionary<int, int>();
        var result = new List<Placed>(edition.Entries.Count);
        foreach (var entry in edition.Entries)
        {
            var areaId = key == CountryKey.Iso3 ? resolver.ResolveCode(entry.Row, entry.CountryColumn) : resolver.ResolveName(entry.Row, entry.CountryColumn);
            if (!firstLine.TryAdd(areaId, entry.Row.Line))
                throw entry.Row.Error(entry.CountryColumn, $"duplicate country '{entry.Row.Text(entry.CountryColumn)}' in edition {edition.Year}: already on line {firstLine[areaId]}");
            result.Add(new Placed(entry, areaId));
        }
        return result;
    }

    private static int?[] RanksFor(RankOrigin origin, List<Placed> entries, RankingRule rule) => origin switch
    {
        RankOrigin.Published => entries.Select(p => p.Entry.Rank).ToArray(),
        RankOrigin.FromScores => RankCalculator.Rank(entries.Select(p => p.Entry.Score!.Value).ToList(), rule).Select(r => (int?)r).ToArray(),
        _ => new int?[entries.Count],
    };

    private static string RuleText(RankingRule rule) => rule == RankingRule.Dense
        ? "dense rule: tied scores share a rank, the next score takes the next rank"
        : "competition rule: rank = 1 + number of better scores";

    private static async Task<RankingEdition> EditionAsync(OpenDataDbContext db, RankingIndex index, int year, CancellationToken ct)
    {
        var edition = await db.RankingEditions.AsTracking().FirstOrDefaultAsync(e => e.IndexId == index.Id && e.Year == year, ct);
        if (edition is not null) return edition;
        edition = new RankingEdition { IndexId = index.Id, Year = year };
        db.RankingEditions.Add(edition);
        await db.SaveChangesAsync(ct);
        return edition;
    }

    private static bool Same(RankingEntry e, int? rank, int? outOf, ParsedEntry p, bool derived, string? note) =>
        e.Rank == rank && e.RankQualifier == Qualifier.Exact && e.OutOf == (rank is null ? null : outOf) && e.Score == p.Score
        && e.Tier == p.Tier && e.Derived == derived && e.Note == note;
}
