namespace OpenData.Data.Import;

/// <summary>What one import run did. Counts are of entries (areas for <c>iso3166</c>).</summary>
public sealed record ImportSummary
{
    public required string Kind { get; init; }
    public required string File { get; init; }
    public required string SourceCode { get; init; }
    /// <summary>False when the source already held this exact file: nothing was written.</summary>
    public bool Changed { get; init; }
    public int RowsRead { get; init; }
    /// <summary>Rows that make no entry: economies not assessed in an edition, pillar rows of long files.</summary>
    public int RowsSkipped { get; init; }
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Removed { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<int> Editions { get; init; } = [];
    public TimeSpan Duration { get; init; }
    /// <summary>DatasetState.Version after the run (unchanged runs report the current one, if any).</summary>
    public string? DatasetVersion { get; init; }

    public string Outcome => Changed ? "changed" : "unchanged";
}
