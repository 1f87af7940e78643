using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Api.Schema;

/// <summary>Ranking-specific query shapes that stay in SQL.</summary>
internal static class RankingQueries
{
    /// <summary>
    /// One entry per edition and area: the publisher's dataset beats a stated figure, which beats a derived one;
    /// among equals the lowest id. A NOT EXISTS over a better sibling, so paging and filters still apply in SQL.
    /// </summary>
    public static IQueryable<RankingEntry> PreferPublisher(OpenDataDbContext db) =>
        db.RankingEntries.Where(e => !db.RankingEntries.Any(o =>
            o.EditionId == e.EditionId && o.AreaId == e.AreaId && o.Id != e.Id &&
            ((o.Source.Kind == SourceKind.PublisherDataset ? 0 : o.Derived ? 2 : 1) < (e.Source.Kind == SourceKind.PublisherDataset ? 0 : e.Derived ? 2 : 1)
             || ((o.Source.Kind == SourceKind.PublisherDataset ? 0 : o.Derived ? 2 : 1) == (e.Source.Kind == SourceKind.PublisherDataset ? 0 : e.Derived ? 2 : 1) && o.Id < e.Id))));
}
