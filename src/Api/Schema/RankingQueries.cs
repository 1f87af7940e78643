using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Api.Schema;

/// <summary>Ranking-specific query shapes that stay in SQL.</summary>
internal static class RankingQueries
{
    /// <summary>
    /// One entry per edition and area: the publisher's dataset (0) beats a stated figure (1), which beats a derived
    /// one (2); among equals the lowest id. A NOT EXISTS over a better sibling, so paging and filters still apply in SQL.
    /// </summary>
    public static IQueryable<RankingEntry> PreferPublisher(OpenDataDbContext db)
    {
        var ranked = db.RankingEntries.Select(e => new
        {
            Entry = e,
            Preference = e.Source.Kind == SourceKind.PublisherDataset ? 0 : e.Derived ? 2 : 1,
        });
        return ranked
            .Where(e => !ranked.Any(o => o.Entry.EditionId == e.Entry.EditionId && o.Entry.AreaId == e.Entry.AreaId &&
                (o.Preference < e.Preference || (o.Preference == e.Preference && o.Entry.Id < e.Entry.Id))))
            .Select(e => e.Entry);
    }
}
