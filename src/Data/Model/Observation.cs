namespace OpenData.Data.Model;

/// <summary>One stated value of an indicator for an area and period, exactly as its source states it.</summary>
public sealed class Observation
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public Indicator Indicator { get; set; } = null!;
    public int AreaId { get; set; }
    public Area Area { get; set; } = null!;
    public int? PlatformId { get; set; }
    public Platform? Platform { get; set; }
    public PeriodKind PeriodKind { get; set; }
    /// <summary>Canonical text of the period (2021, 2022-H1, 2024-01/2024-09, ../2023-11-15).</summary>
    public required string Period { get; set; }
    /// <summary>First day the period covers; null for an open start ("to 2023-11-15").</summary>
    public DateOnly? PeriodStart { get; set; }
    /// <summary>Last day the period covers; null for an open end ("2024 onward").</summary>
    public DateOnly? PeriodEnd { get; set; }
    /// <summary>The headline value: the number stated, the bound for bounds, the low end for ranges.</summary>
    public decimal? Value { get; set; }
    public decimal? Low { get; set; }
    public decimal? High { get; set; }
    /// <summary>Denominator where the source says "N of M".</summary>
    public decimal? OutOf { get; set; }
    public Qualifier Qualifier { get; set; }
    public ValueStatus Status { get; set; }
    /// <summary>True when the value is worked out from what the source states; the note says how.</summary>
    public bool Derived { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public string? Note { get; set; }
}
