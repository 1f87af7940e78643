namespace OpenData.Data.Model;

/// <summary>One importer run that changed the data.</summary>
public sealed class ImportRecord
{
    public int Id { get; set; }
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required string FileHash { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int RowsAdded { get; set; }
    public int RowsUpdated { get; set; }
    public int RowsRemoved { get; set; }
}
