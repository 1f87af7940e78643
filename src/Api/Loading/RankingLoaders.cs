using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;

namespace OpenData.Api.Loading;

/// <summary>
/// Rankings seen from an area: its latest entry per index and, for any entry, the entry of the edition
/// before. Both come from one batched fetch of the areas' entries (with edition and source), so a page of
/// 100 entries asking for previousRank costs one SQL command, not 100.
/// </summary>
public static class RankingLoaders
{
    private static readonly ForeignKey<RankingEntry> EntriesOfArea = new(e => e.AreaId);

    public static IDataLoaderResult<List<RankingEntry>> LatestPerIndex(IResolveFieldContext context, int areaId) =>
        OfArea(context, areaId).Then(entries => (entries ?? [])
            .GroupBy(e => e.Edition.IndexId)
            .Select(g => g.OrderByDescending(e => e.Edition.Year).ThenBy(Preference).ThenBy(e => e.Id).First())
            .OrderBy(e => e.Edition.Index.Code, StringComparer.Ordinal)
            .ToList());

    /// <summary>
    /// The same area's entry in the nearest earlier edition of the same index: from the same source where
    /// it has one (so a news article's "up 15 places" compares with its own figure), else the most
    /// authoritative source.
    /// </summary>
    public static IDataLoaderResult<RankingEntry?> Previous(IResolveFieldContext context, RankingEntry entry) =>
        OfArea(context, entry.AreaId).Then(entries =>
        {
            var all = entries ?? [];
            var self = all.FirstOrDefault(e => e.Id == entry.Id);
            if (self is null) return null;
            var earlier = all.Where(e => e.Edition.IndexId == self.Edition.IndexId && e.Edition.Year < self.Edition.Year).ToList();
            if (earlier.Count == 0) return null;
            var year = earlier.Max(e => e.Edition.Year);
            return earlier.Where(e => e.Edition.Year == year)
                .OrderBy(e => e.SourceId == self.SourceId ? 0 : 1)
                .ThenBy(Preference)
                .ThenBy(e => e.Id)
                .First();
        });

    /// <summary>Publisher's own data first, then stated figures, then derived ones.</summary>
    private static int Preference(RankingEntry e) => e.Source.Kind == SourceKind.PublisherDataset ? 0 : e.Derived ? 2 : 1;

    private static IDataLoaderResult<IReadOnlyList<RankingEntry>?> OfArea(IResolveFieldContext context, int areaId) =>
        EntityLoaders.ByParent<RankingEntry>(context, "RankingEntry.ofArea", areaId, EntriesOfArea,
            q => q.Include(e => e.Edition).ThenInclude(ed => ed.Index).Include(e => e.Source));
}
