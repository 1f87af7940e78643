using OpenData.Data.Model;

namespace OpenData.Data.Import;

/// <summary>The Source row an import creates or refreshes; the file's hash is added when it is written.</summary>
internal sealed record SourceSpec(string Code, string Title, string Publisher, SourceKind Kind, string Licence)
{
    public string? LicenceUrl { get; init; }
    public string? Url { get; init; }
    public string? PublishedOn { get; init; }
    public string? Note { get; init; }
}

/// <summary>The RankingIndex to create when the seed has not: existing indices keep their names and rule.</summary>
internal sealed record IndexSpec(string Code, string NameEn, string Publisher, RankingRule Rule, string Description)
{
    public string? Url { get; init; }
}

/// <summary>How the ranks of a file's entries come about.</summary>
internal enum RankOrigin
{
    /// <summary>The file states them.</summary>
    Published,
    /// <summary>The file has scores only; ranks follow the index's rule and are marked derived.</summary>
    FromScores,
    /// <summary>The publisher gives tiers, not ranks.</summary>
    None,
}

/// <summary>How a row names its country.</summary>
internal enum CountryKey { Name, Iso3 }

/// <summary>One row that becomes an entry; <see cref="Row"/> and <see cref="CountryColumn"/> locate errors.</summary>
internal sealed record ParsedEntry(CsvRow Row, int CountryColumn, int? Rank, decimal? Score, string? Tier);

internal sealed record ParsedEdition(int Year, IReadOnlyList<ParsedEntry> Entries);

/// <summary>A ranking file checked against its format, before anything is looked up in the database.</summary>
internal sealed record RankingFile(
    SourceSpec Source,
    IndexSpec Index,
    CountryKey Key,
    RankOrigin Ranks,
    IReadOnlyList<ParsedEdition> Editions,
    int RowsRead,
    int RowsSkipped)
{
    /// <summary>Note stored on every entry (how a derived rank was computed, where a tier comes from).</summary>
    public string? EntryNote { get; init; }
}

/// <summary>One official file format: checks the header and every value, touching no database.</summary>
internal interface IRankingFormat
{
    string Kind { get; }
    RankingFile Parse(ImportFile file, ImportContext context);
}
