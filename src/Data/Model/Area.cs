namespace OpenData.Data.Model;

/// <summary>A country (ISO 3166-1 alpha-3), a province (ISO 3166-2) or a comparison aggregate.</summary>
public sealed class Area
{
    public int Id { get; set; }
    /// <summary>VNM, VN-HP, or an aggregate code such as WLD.</summary>
    public required string Code { get; set; }
    public AreaKind Kind { get; set; }
    public required string NameEn { get; set; }
    public string? NameVi { get; set; }
    /// <summary>ISO 3166-1 alpha-2, for countries.</summary>
    public string? Iso2 { get; set; }
    /// <summary>ISO 3166-1 numeric, for countries.</summary>
    public string? IsoNumeric { get; set; }
    /// <summary>UN M49 region and sub-region, for countries.</summary>
    public string? Region { get; set; }
    public string? SubRegion { get; set; }
    public int? ParentId { get; set; }
    public Area? Parent { get; set; }
    public List<Area> Children { get; set; } = [];
    public List<Observation> Observations { get; set; } = [];
    public List<RankingEntry> RankingEntries { get; set; } = [];
}
