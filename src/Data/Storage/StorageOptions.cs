using System.ComponentModel.DataAnnotations;

namespace OpenData.Data.Storage;

/// <summary>Where the data lives. Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, embedded, built from seed/ on first start) or <c>Postgres</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>ADO.NET connection string. Default: a SQLite file <c>opendata.db</c> in the working directory.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=opendata.db";

    /// <summary>Folder holding the seed files. Default: the <c>seed</c> folder shipped beside the binaries.</summary>
    public string? SeedPath { get; set; }
}

public enum StorageProvider { Sqlite, Postgres }
