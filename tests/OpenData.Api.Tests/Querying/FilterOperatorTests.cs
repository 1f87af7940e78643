using OpenData.Api.Tests.Querying.Infrastructure;
using static OpenData.Api.Tests.Querying.Infrastructure.QueryingAssert;

namespace OpenData.Api.Tests.Querying;

/// <summary>
/// Every operator of every operation input, on non-null and nullable members, with HotChocolate's null semantics:
/// <c>eq: null</c> is IS NULL, <c>neq</c>/<c>nin</c> count a missing value as different, comparisons never match it.
/// </summary>
public sealed class FilterOperatorTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    private static readonly int[] All = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    private static int[] Except(params int[] ids) => All.Except(ids).ToArray();

    public static TheoryData<string, string, int[]> Cases => QueryingFixture.WithProviders<string, int[]>(
    [
        // String, not null
        ("""name: { eq: "Huế" }""", [4]),
        ("""name: { neq: "Huế" }""", Except(4)),
        ("""name: { in: ["Paris", "Lyon"] }""", [7, 8]),
        ("""name: { nin: ["Paris", "Lyon"] }""", Except(7, 8)),
        ("""name: { contains: "Phòng" }""", [2]),
        ("""name: { contains: "ph" }""", []),
        ("""name: { startsWith: "H" }""", [1, 2, 4, 5]),
        ("""name: { endsWith: "ng" }""", [2, 3]),
        ("""name: { eq: null }""", []),
        ("""name: { neq: null }""", All),
        // String, nullable
        ("""nameEn: { eq: null }""", [4, 9]),
        ("""nameEn: { neq: null }""", Except(4, 9)),
        ("""nameEn: { neq: "Paris" }""", Except(7)),
        ("""nameEn: { in: ["Lyon", null] }""", [4, 8, 9]),
        ("""nameEn: { nin: ["Lyon"] }""", Except(8)),
        ("""nameEn: { nin: ["Lyon", null] }""", Except(4, 8, 9)),
        ("""nameEn: { contains: "an" }""", [1, 3, 6]),
        ("""nameEn: { startsWith: "Ha" }""", [1, 2]),
        ("""nameEn: { endsWith: "City" }""", [5]),
        // String, insensitive to case and accents
        ("""name: { eq: "HA NOI", mode: INSENSITIVE }""", [1]),
        ("""name: { contains: "hai phong", mode: INSENSITIVE }""", [2]),
        ("""name: { contains: "ph", mode: INSENSITIVE }""", [2]),
        ("""name: { startsWith: "da", mode: INSENSITIVE }""", [3]),
        ("""name: { endsWith: "PHONG", mode: INSENSITIVE }""", [2]),
        ("""name: { in: ["hue", "CAN THO"], mode: INSENSITIVE }""", [4, 6]),
        ("""name: { nin: ["hue", "CAN THO"], mode: INSENSITIVE }""", Except(4, 6)),
        ("""name: { neq: "hue", mode: INSENSITIVE }""", Except(4)),
        ("""name: { eq: "hue", mode: EXACT }""", []),
        ("""nameEn: { eq: null, mode: INSENSITIVE }""", [4, 9]),
        // Int, nullable
        ("""population: { eq: 2000000 }""", [2, 6]),
        ("""population: { neq: 2000000 }""", Except(2, 6)),
        ("""population: { eq: null }""", [4, 8]),
        ("""population: { neq: null }""", Except(4, 8)),
        ("""population: { in: [0, 1200000] }""", [3, 9]),
        ("""population: { in: [null, 0] }""", [4, 8, 9]),
        ("""population: { nin: [2000000] }""", Except(2, 6)),
        ("""population: { gt: 2000000 }""", [1, 5, 7]),
        ("""population: { gte: 2000000 }""", [1, 2, 5, 6, 7]),
        ("""population: { lt: 1200000 }""", [9]),
        ("""population: { lte: 1200000 }""", [3, 9]),
        ("""population: { gt: 1000000, lt: 3000000 }""", [2, 3, 6, 7]),
        // Int, not null (the key)
        ("""id: { in: [1, 3, null] }""", [1, 3]),
        ("""id: { eq: null }""", []),
        // Long
        ("""households: { eq: 300000 }""", [4]),
        ("""households: { neq: 0 }""", Except(9)),
        ("""households: { in: [0, 250000] }""", [8, 9]),
        ("""households: { nin: [0, 250000] }""", Except(8, 9)),
        ("""households: { gt: 1000000 }""", [1, 5, 7]),
        ("""households: { gte: 2200000 }""", [1, 5]),
        ("""households: { lt: 300000 }""", [8, 9]),
        ("""households: { lte: 0 }""", [9]),
        // Float, nullable
        ("""areaKm2: { eq: 105.4 }""", [7]),
        ("""areaKm2: { neq: 47.9 }""", Except(8)),
        ("""areaKm2: { eq: null }""", [4, 9]),
        ("""areaKm2: { in: [47.9, 105.4] }""", [7, 8]),
        ("""areaKm2: { nin: [47.9] }""", Except(8)),
        ("""areaKm2: { gt: 2000 }""", [1, 5]),
        ("""areaKm2: { gte: 1409 }""", [1, 2, 5, 6]),
        ("""areaKm2: { lt: 100 }""", [8]),
        ("""areaKm2: { lte: 105.4 }""", [7, 8]),
        // Decimal, nullable
        ("""gdp: { eq: 20.25 }""", [2]),
        ("""gdp: { neq: 100 }""", Except(7)),
        ("""gdp: { eq: null }""", [3, 8, 9]),
        ("""gdp: { neq: null }""", Except(3, 8, 9)),
        ("""gdp: { in: [5.5, 100] }""", [4, 7]),
        ("""gdp: { nin: [5.5] }""", Except(4)),
        ("""gdp: { gt: 50 }""", [1, 5, 7]),
        ("""gdp: { gte: 50.5 }""", [1, 5, 7]),
        ("""gdp: { lt: 10 }""", [4]),
        ("""gdp: { lte: 10 }""", [4, 6]),
        // Boolean
        ("""isCapital: { eq: true }""", [1, 7]),
        ("""isCapital: { eq: false }""", Except(1, 7)),
        ("""isCapital: { neq: true }""", Except(1, 7)),
        ("""isCapital: { neq: false }""", [1, 7]),
        // Date, nullable
        ("""founded: { eq: "1888-01-01" }""", [3]),
        ("""founded: { neq: "1888-01-01" }""", Except(3)),
        ("""founded: { eq: null }""", [2, 6, 7, 9]),
        ("""founded: { in: ["1010-10-10", "1032-01-01"] }""", [1, 8]),
        ("""founded: { nin: ["1010-10-10"] }""", Except(1)),
        ("""founded: { gt: "1800-01-01" }""", [3, 4]),
        ("""founded: { gte: "1802-06-01" }""", [3, 4]),
        ("""founded: { lt: "1100-01-01" }""", [1, 8]),
        ("""founded: { lte: "1698-01-01" }""", [1, 5, 8]),
        // DateTime (offset)
        ("""updatedAt: { eq: "2024-03-01T00:00:00Z" }""", [3]),
        ("""updatedAt: { neq: "2024-03-01T00:00:00Z" }""", Except(3)),
        ("""updatedAt: { in: ["2024-01-01T00:00:00Z", "2024-09-01T00:00:00Z"] }""", [1, 9]),
        ("""updatedAt: { nin: ["2024-01-01T00:00:00Z"] }""", Except(1)),
        ("""updatedAt: { gt: "2024-06-01T00:00:00Z" }""", [7, 8, 9]),
        ("""updatedAt: { gte: "2024-06-01T00:00:00Z" }""", [6, 7, 8, 9]),
        ("""updatedAt: { lt: "2024-02-01T00:00:00Z" }""", [1]),
        ("""updatedAt: { lte: "2024-02-01T07:00:00+07:00" }""", [1, 2]),
        // Enum
        ("""kind: { eq: CAPITAL }""", [7]),
        ("""kind: { neq: MUNICIPALITY }""", [4, 7, 8, 9]),
        ("""kind: { in: [CAPITAL, PROVINCE] }""", [4, 7, 8, 9]),
        ("""kind: { nin: [MUNICIPALITY] }""", [4, 7, 8, 9]),
        // Enum, nullable
        ("""climate: { eq: TROPICAL }""", [1, 2, 4, 5]),
        ("""climate: { neq: TROPICAL }""", [3, 6, 7, 8, 9]),
        ("""climate: { eq: null }""", [3, 6]),
        ("""climate: { neq: null }""", Except(3, 6)),
        ("""climate: { in: [ARID, null] }""", [3, 6, 9]),
        ("""climate: { nin: [TROPICAL] }""", [3, 6, 7, 8, 9]),
        // Fields set to null set no condition
        ("""population: null""", All),
        ("""population: { }""", All),
    ]);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_operator_selects_exactly_the_matching_rows(string provider, string where, int[] expected)
    {
        var response = await fixture[provider].ExecuteAsync($$"""{ cities(first: 100, where: { {{where}} }) { nodes { id } } }""");
        Assert.Equal(expected, Ids(response).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Operator_values_may_come_from_variables(string provider)
    {
        var response = await fixture[provider].ExecuteAsync(
            """query($w: CityFilterInput) { cities(first: 100, where: $w) { nodes { id } } }""",
            """{ "w": { "name": { "contains": "hai phong", "mode": "INSENSITIVE" }, "founded": { "eq": null } } }""");
        Assert.Equal([2], Ids(response));
    }
}
