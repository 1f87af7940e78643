namespace OpenData.Data.Model;

/// <summary>An area's place in one edition of a ranking, as one source gives it.</summary>
public sealed class RankingEntry
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public RankingEdition Edition { get; set; } = null!;
    public int AreaId { get; set; }
    public Area Area { get; set; } = null!;
    public int? Rank { get; set; }
    /// <summary>Exact, or UpperBound for "top 6" / "among the top 10".</summary>
    public Qualifier RankQualifier { get; set; }
    public int? OutOf { get; set; }
    public decimal? Score { get; set; }
    /// <summary>Publisher's tier or group where it gives one (GCI 2024 "Tier 1").</summary>
    public string? Tier { get; set; }
    /// <summary>True when the rank is worked out (from scores, or from "up N places"), not published.</summary>
    public bool Derived { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public string? Note { get; set; }
}
