namespace OpenData.Api.Tests.Querying.Infrastructure;

/// <summary>
/// The rows every querying test reads. Ids are fixed so expectations can list them. Populations tie (2 and 6),
/// several members are null, one city has no country and one country no city.
/// </summary>
public static class TestData
{
    private static DateTimeOffset Utc(int month) => new(2024, month, 1, 0, 0, 0, TimeSpan.Zero);

    public static Country[] Countries() =>
    [
        new() { Id = 1, Code = "VN", Name = "Việt Nam", NameEn = "Viet Nam", Continent = Continent.Asia, Population = 100_000_000 },
        new() { Id = 2, Code = "FR", Name = "Pháp", NameEn = "France", Continent = Continent.Europe, Population = 68_000_000 },
        new() { Id = 3, Code = "EG", Name = "Ai Cập", NameEn = "Egypt", Continent = Continent.Africa, Population = 110_000_000 },
    ];

    public static City[] Cities() =>
    [
        new() { Id = 1, Name = "Hà Nội", NameEn = "Hanoi", Population = 8_000_000, Households = 2_200_000, AreaKm2 = 3358.6, Gdp = 50.5m, IsCapital = true, Founded = new(1010, 10, 10), UpdatedAt = Utc(1), Kind = CityKind.Municipality, Climate = Climate.Tropical, CountryId = 1 },
        new() { Id = 2, Name = "Hải Phòng", NameEn = "Haiphong", Population = 2_000_000, Households = 600_000, AreaKm2 = 1561.8, Gdp = 20.25m, Founded = null, UpdatedAt = Utc(2), Kind = CityKind.Municipality, Climate = Climate.Tropical, CountryId = 1 },
        new() { Id = 3, Name = "Đà Nẵng", NameEn = "Da Nang", Population = 1_200_000, Households = 350_000, AreaKm2 = 1284.9, Gdp = null, Founded = new(1888, 1, 1), UpdatedAt = Utc(3), Kind = CityKind.Municipality, Climate = null, CountryId = 1 },
        new() { Id = 4, Name = "Huế", NameEn = null, Population = null, Households = 300_000, AreaKm2 = null, Gdp = 5.5m, Founded = new(1802, 6, 1), UpdatedAt = Utc(4), Kind = CityKind.Province, Climate = Climate.Tropical, CountryId = 1 },
        new() { Id = 5, Name = "Hồ Chí Minh", NameEn = "Ho Chi Minh City", Population = 9_000_000, Households = 2_500_000, AreaKm2 = 2061.0, Gdp = 60.75m, Founded = new(1698, 1, 1), UpdatedAt = Utc(5), Kind = CityKind.Municipality, Climate = Climate.Tropical, CountryId = 1 },
        new() { Id = 6, Name = "Cần Thơ", NameEn = "Can Tho", Population = 2_000_000, Households = 500_000, AreaKm2 = 1409.0, Gdp = 10.0m, Founded = null, UpdatedAt = Utc(6), Kind = CityKind.Municipality, Climate = null, CountryId = 1 },
        new() { Id = 7, Name = "Paris", NameEn = "Paris", Population = 2_100_000, Households = 1_100_000, AreaKm2 = 105.4, Gdp = 100m, IsCapital = true, Founded = null, UpdatedAt = Utc(7), Kind = CityKind.Capital, Climate = Climate.Temperate, CountryId = 2 },
        new() { Id = 8, Name = "Lyon", NameEn = "Lyon", Population = null, Households = 250_000, AreaKm2 = 47.9, Gdp = null, Founded = new(1032, 1, 1), UpdatedAt = Utc(8), Kind = CityKind.Province, Climate = Climate.Temperate, CountryId = 2 },
        new() { Id = 9, Name = "Nowhere", NameEn = null, Population = 0, Households = 0, AreaKm2 = null, Gdp = null, Founded = null, UpdatedAt = Utc(9), Kind = CityKind.Province, Climate = Climate.Arid, CountryId = null },
    ];

    public static Measurement[] Measurements() =>
    [
        new() { Id = 1, CityId = 1, Day = new(2024, 1, 1), Value = 10m, Note = "Ổn định" },
        new() { Id = 2, CityId = 1, Day = new(2024, 2, 1), Value = 20m },
        new() { Id = 3, CityId = 2, Day = new(2024, 1, 1), Value = null, Note = "thiếu số liệu" },
        new() { Id = 4, CityId = 4, Day = new(2024, 1, 1), Value = 5m },
        new() { Id = 5, CityId = 7, Day = new(2024, 1, 1), Value = 30m, Note = "ok" },
        new() { Id = 6, CityId = 7, Day = new(2024, 2, 1), Value = 40m },
    ];
}
