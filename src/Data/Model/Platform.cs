namespace OpenData.Data.Model;

/// <summary>A named digital platform that some observations are about (VNeID, OneTouch, NDXP, ...).</summary>
public sealed class Platform
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public string? NameVi { get; set; }
    public string? Description { get; set; }
    /// <summary>True for platforms built in Viet Nam.</summary>
    public bool Domestic { get; set; }
    public string? Url { get; set; }
    public List<Observation> Observations { get; set; } = [];
}
