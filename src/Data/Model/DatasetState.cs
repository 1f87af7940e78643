namespace OpenData.Data.Model;

/// <summary>The single row that says which data the database holds.</summary>
public sealed class DatasetState
{
    public int Id { get; set; }
    /// <summary>Hash of the seed files (and the model) the database was built from.</summary>
    public required string SeedHash { get; set; }
    /// <summary>Hash of the seed hash and every import applied since: changes whenever the data does.</summary>
    public required string Version { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
