using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>The Source and RankingIndex rows an import hangs its data on.</summary>
internal static class Catalog
{
    /// <summary>
    /// The imported source with this code, refusing a code that belongs to a seed document. Not tracked:
    /// nothing may be pending in the context before the import's transaction starts.
    /// </summary>
    public static async Task<Source?> FindSourceAsync(OpenDataDbContext db, string code, string file, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct);
        if (source is { Origin: SourceOrigin.Seed })
            throw new ImportException(file, $"source code {code} belongs to a seed source; an import may not replace it");
        return source;
    }

    public static Source UpsertSource(OpenDataDbContext db, Source? source, SourceSpec spec, ImportFile file)
    {
        if (source is null)
        {
            source = new Source { Code = spec.Code, Title = spec.Title, Language = "en", Licence = spec.Licence, Origin = SourceOrigin.Import };
            db.Sources.Add(source);
        }
        else db.Sources.Attach(source);
        // The file is the source: its description follows the latest import (a genuine UN file replacing a modified copy).
        source.Title = spec.Title;
        source.Publisher = spec.Publisher;
        source.Kind = spec.Kind;
        source.Licence = spec.Licence;
        source.LicenceUrl = spec.LicenceUrl;
        source.Url = spec.Url;
        source.PublishedOn = spec.PublishedOn;
        source.Note = spec.Note;
        source.DocumentFile = file.Name;
        source.ContentHash = file.Hash;
        return source;
    }

    /// <summary>Creates the index if the seed has not; an existing one keeps its names, description and rule.</summary>
    public static async Task<RankingIndex> UpsertIndexAsync(OpenDataDbContext db, IndexSpec spec, CancellationToken ct)
    {
        var index = await db.RankingIndices.AsTracking().FirstOrDefaultAsync(i => i.Code == spec.Code, ct);
        if (index is null)
        {
            index = new RankingIndex { Code = spec.Code, NameEn = spec.NameEn, RankingRule = spec.Rule };
            db.RankingIndices.Add(index);
        }
        index.Publisher ??= spec.Publisher;
        index.Description ??= spec.Description;
        index.Url ??= spec.Url;
        index.HigherScoreIsBetter ??= true;
        return index;
    }
}
