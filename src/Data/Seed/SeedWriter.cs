using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Data.Seed;

/// <summary>
/// Writes a checked <see cref="SeedSet"/> inside the caller's transaction. Reference rows (areas, sources, indicators,
/// platforms, ranking indices and editions) are upserted by code, so rows that importers added or point at survive;
/// values (observations, ranking entries) from seed sources are replaced wholesale.
/// </summary>
internal static class SeedWriter
{
    public static async Task WriteAsync(OpenDataDbContext db, SeedSet seed, CancellationToken ct)
    {
        await db.Observations.Where(o => o.Source.Origin == SourceOrigin.Seed).ExecuteDeleteAsync(ct);
        await db.RankingEntries.Where(e => e.Source.Origin == SourceOrigin.Seed).ExecuteDeleteAsync(ct);

        var areas = await UpsertAreasAsync(db, seed, ct);
        var sources = await UpsertSourcesAsync(db, seed, ct);
        var indicators = await UpsertAsync(db.Indicators, seed.Indicators, i => i.Code, r => r.Code,
            r => new Indicator { Code = r.Code, NameEn = r.NameEn }, Copy, ct);
        var platforms = await UpsertAsync(db.Platforms, seed.Platforms, p => p.Code, r => r.Code,
            r => new Platform { Code = r.Code, NameEn = r.NameEn }, Copy, ct);
        var indices = await UpsertAsync(db.RankingIndices, seed.RankingIndices, i => i.Code, r => r.Code,
            r => new RankingIndex { Code = r.Code, NameEn = r.NameEn }, Copy, ct);
        var editions = await UpsertEditionsAsync(db, seed, indices, ct);

        db.Observations.AddRange(seed.Observations.Select(r => new Observation
        {
            Indicator = indicators[r.Indicator],
            Area = areas[r.Area],
            Platform = r.Platform is null ? null : platforms[r.Platform],
            PeriodKind = r.Period.Kind,
            Period = r.Period.Text,
            PeriodStart = r.Period.Start,
            PeriodEnd = r.Period.End,
            Value = r.Value,
            Low = r.Low,
            High = r.High,
            OutOf = r.OutOf,
            Qualifier = r.Qualifier,
            Status = r.Status,
            Derived = r.Derived,
            Source = sources[r.Source],
            Note = r.Note,
        }));
        db.RankingEntries.AddRange(seed.RankingEntries.Select(r => new RankingEntry
        {
            Edition = editions[(r.Index, r.Year)],
            Area = areas[r.Area],
            Rank = r.Rank,
            RankQualifier = r.RankQualifier,
            OutOf = r.OutOf,
            Score = r.Score,
            Tier = r.Tier,
            Derived = r.Derived,
            Source = sources[r.Source],
            Note = r.Note,
        }));
        await db.SaveChangesAsync(ct);

        // Seed sources dropped from sources.csv go too, unless an importer's rows still cite them.
        var codes = seed.Sources.Select(s => s.Code).ToList();
        await db.Sources
            .Where(s => s.Origin == SourceOrigin.Seed && !codes.Contains(s.Code)
                && !db.Observations.Any(o => o.SourceId == s.Id) && !db.RankingEntries.Any(e => e.SourceId == s.Id))
            .ExecuteDeleteAsync(ct);
    }

    private static async Task<Dictionary<string, TEntity>> UpsertAsync<TEntity, TRow>(DbSet<TEntity> set, IEnumerable<TRow> rows,
        Func<TEntity, string> entityKey, Func<TRow, string> rowKey, Func<TRow, TEntity> create, Action<TRow, TEntity> copy, CancellationToken ct)
        where TEntity : class
    {
        var existing = (await set.AsTracking().ToListAsync(ct)).ToDictionary(entityKey, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(rowKey(row), out var entity))
            {
                entity = create(row);
                set.Add(entity);
                existing[rowKey(row)] = entity;
            }
            copy(row, entity);
        }
        return existing;
    }

    private static async Task<Dictionary<string, Area>> UpsertAreasAsync(OpenDataDbContext db, SeedSet seed, CancellationToken ct)
    {
        var areas = await UpsertAsync(db.Areas, seed.Areas, a => a.Code, r => r.Code, r => new Area { Code = r.Code, NameEn = r.NameEn }, Copy, ct);
        // Parents after every area exists, so a row may name a parent defined further down the file.
        foreach (var row in seed.Areas)
            areas[row.Code].Parent = row.ParentCode is null ? null : areas[row.ParentCode];
        return areas;
    }

    private static async Task<Dictionary<string, Source>> UpsertSourcesAsync(OpenDataDbContext db, SeedSet seed, CancellationToken ct)
    {
        var imported = await db.Sources.Where(s => s.Origin == SourceOrigin.Import).Select(s => s.Code).ToListAsync(ct);
        foreach (var row in seed.Sources.Where(r => imported.Contains(r.Code)))
            throw new SeedException(SeedFiles.Sources, row.Line, "code", $"source {row.Code} was created by an importer; a seed source needs a code of its own");
        return await UpsertAsync(db.Sources, seed.Sources, s => s.Code, r => r.Code,
            r => new Source { Code = r.Code, Title = r.Title, Language = r.Language, Licence = r.Licence }, Copy, ct);
    }

    private static async Task<Dictionary<(string, int), RankingEdition>> UpsertEditionsAsync(OpenDataDbContext db, SeedSet seed,
        Dictionary<string, RankingIndex> indices, CancellationToken ct)
    {
        var existing = (await db.RankingEditions.AsTracking().Include(e => e.Index).ToListAsync(ct))
            .ToDictionary(e => (e.Index.Code, e.Year));
        foreach (var row in seed.RankingEditions)
        {
            if (!existing.TryGetValue((row.Index, row.Year), out var edition))
            {
                edition = new RankingEdition { Index = indices[row.Index], Year = row.Year };
                db.RankingEditions.Add(edition);
                existing[(row.Index, row.Year)] = edition;
            }
            edition.Period = row.Period;
            edition.EconomiesRanked = row.EconomiesRanked;
        }
        return existing;
    }

    private static void Copy(AreaRow r, Area a)
    {
        a.Kind = r.Kind;
        a.NameEn = r.NameEn;
        a.NameVi = r.NameVi;
        a.Iso2 = r.Iso2;
        a.IsoNumeric = r.IsoNumeric;
        a.Region = r.Region;
        a.SubRegion = r.SubRegion;
    }

    private static void Copy(SourceRow r, Source s)
    {
        s.Title = r.Title;
        s.TitleEn = r.TitleEn;
        s.Publisher = r.Publisher;
        s.PublishedOn = r.PublishedOn;
        s.Language = r.Language;
        s.DocumentFile = r.DocumentFile;
        s.Url = r.Url;
        s.Kind = r.Kind;
        s.Origin = SourceOrigin.Seed;
        s.Licence = r.Licence;
        s.LicenceUrl = r.LicenceUrl;
        s.Note = r.Note;
        s.ContentHash = null;
    }

    private static void Copy(IndicatorRow r, Indicator i)
    {
        i.NameEn = r.NameEn;
        i.NameVi = r.NameVi;
        i.Description = r.Description;
        i.Unit = r.Unit;
        i.Topic = r.Topic;
        i.HigherIsBetter = r.HigherIsBetter;
    }

    private static void Copy(PlatformRow r, Platform p)
    {
        p.NameEn = r.NameEn;
        p.NameVi = r.NameVi;
        p.Domestic = r.Domestic;
        p.Description = r.Description;
        p.Url = r.Url;
    }

    private static void Copy(RankingIndexRow r, RankingIndex i)
    {
        i.NameEn = r.NameEn;
        i.NameVi = r.NameVi;
        i.Publisher = r.Publisher;
        i.Description = r.Description;
        i.Url = r.Url;
        i.RankingRule = r.RankingRule;
        i.HigherScoreIsBetter = r.HigherScoreIsBetter;
    }
}
