namespace OpenData.Data.Model;

/// <summary>One published edition of a ranking index.</summary>
public sealed class RankingEdition
{
    public int Id { get; set; }
    public int IndexId { get; set; }
    public RankingIndex Index { get; set; } = null!;
    /// <summary>The edition's year (the survey year for EGDI).</summary>
    public int Year { get; set; }
    /// <summary>Period the edition covers where finer than a year (2022-06 for a monthly chart).</summary>
    public string? Period { get; set; }
    /// <summary>How many economies the edition ranks, where known.</summary>
    public int? EconomiesRanked { get; set; }
    public List<RankingEntry> Entries { get; set; } = [];
}
