namespace OpenData.Data.Model;

/// <summary>An international ranking such as the UN EGDI, WIPO GII or ITU GCI.</summary>
public sealed class RankingIndex
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public string? NameVi { get; set; }
    public string? Publisher { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public RankingRule RankingRule { get; set; }
    /// <summary>Null for rankings without scores.</summary>
    public bool? HigherScoreIsBetter { get; set; }
    public List<RankingEdition> Editions { get; set; } = [];
}
