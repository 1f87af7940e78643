namespace OpenData.Data.Model;

/// <summary>A measured quantity with a stable code, e.g. DIGITAL_ECONOMY_GDP_SHARE.</summary>
public sealed class Indicator
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameEn { get; set; }
    public string? NameVi { get; set; }
    public string? Description { get; set; }
    public Unit Unit { get; set; }
    public Topic Topic { get; set; }
    /// <summary>Null where neither direction is better (e.g. a count of villages connected).</summary>
    public bool? HigherIsBetter { get; set; }
    public List<Observation> Observations { get; set; } = [];
}
