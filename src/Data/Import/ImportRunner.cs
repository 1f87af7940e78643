using System.Diagnostics;
using OpenData.Data.Import.Formats;
using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>Entry point for importing one official file of a known kind.</summary>
public static class ImportRunner
{
    private static readonly IRankingFormat[] Formats = [new EgdiFormat(), new Gci2020Format(), new Gci2024Format(), new GiiFormat()];

    public static IReadOnlyList<string> Kinds { get; } = [Iso3166Importer.Kind, .. Formats.Select(f => f.Kind)];

    /// <summary>
    /// Imports <paramref name="file"/> as <paramref name="kind"/>: all or nothing, and a no-op when the
    /// source already holds this exact file. Throws <see cref="ImportException"/> for a bad file.
    /// </summary>
    public static async Task<ImportSummary> RunAsync(OpenDataDbContext db, string kind, string file, ImportContext ctx,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var normalized = kind.Trim().ToLowerInvariant();
        if (!Kinds.Contains(normalized)) throw new ArgumentException($"Unknown import kind '{kind}'; known kinds: {string.Join(", ", Kinds)}.", nameof(kind));
        var content = ImportFile.Load(file);
        progress?.Report(new ImportProgress(0, 0, "reading"));
        if (normalized == Iso3166Importer.Kind) return await Iso3166Importer.RunAsync(db, content, ctx, progress, clock, ct);
        var format = Formats.Single(f => f.Kind == normalized);
        var parsed = format.Parse(content, ctx);
        return await RankingWriter.WriteAsync(db, normalized, content, parsed, ctx, progress, clock, ct);
    }
}
