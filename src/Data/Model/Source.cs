namespace OpenData.Data.Model;

/// <summary>A document or dataset that values come from, with the licence they are served under.</summary>
public sealed class Source
{
    public int Id { get; set; }
    /// <summary>Stable code, e.g. DOC-002 for a seed document or UN-EGDI-2022 for an imported file.</summary>
    public required string Code { get; set; }
    public required string Title { get; set; }
    /// <summary>English title or gloss where the original is in another language.</summary>
    public string? TitleEn { get; set; }
    public string? Publisher { get; set; }
    /// <summary>Publication date as precise as the source gives it (2024, 2024-10, 2024-10-10).</summary>
    public string? PublishedOn { get; set; }
    /// <summary>BCP 47 language tag of the original (vi, en).</summary>
    public required string Language { get; set; }
    /// <summary>File name of the original document or dataset.</summary>
    public string? DocumentFile { get; set; }
    public string? Url { get; set; }
    public SourceKind Kind { get; set; }
    public SourceOrigin Origin { get; set; }
    /// <summary>Licence name or identifier (SPDX where one exists).</summary>
    public required string Licence { get; set; }
    public string? LicenceUrl { get; set; }
    public string? Note { get; set; }
    /// <summary>SHA-256 of the imported file, for sources created by an importer.</summary>
    public string? ContentHash { get; set; }
}
