namespace OpenData.Api.Tests.Querying.Infrastructure;

/// <summary>Stored as names, like the API's enums.</summary>
public enum Continent { Asia, Europe, Africa }

public enum CityKind { Capital, Municipality, Province }

public enum Climate { Tropical, Temperate, Arid }

/// <summary>A test-only model: countries have cities (to-many), cities a country (to-one, optional) and measurements.</summary>
public sealed class Country
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public Continent Continent { get; set; }
    public long Population { get; set; }
    public List<City> Cities { get; set; } = [];
}

public sealed class City
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public int? Population { get; set; }
    public long Households { get; set; }
    public double? AreaKm2 { get; set; }
    public decimal? Gdp { get; set; }
    public bool IsCapital { get; set; }
    public DateOnly? Founded { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public CityKind Kind { get; set; }
    public Climate? Climate { get; set; }
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
    public List<Measurement> Measurements { get; set; } = [];
}

public sealed class Measurement
{
    public int Id { get; set; }
    public int CityId { get; set; }
    public City City { get; set; } = null!;
    public DateOnly Day { get; set; }
    public decimal? Value { get; set; }
    public string? Note { get; set; }
}
