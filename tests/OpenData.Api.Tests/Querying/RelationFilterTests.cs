using OpenData.Api.Tests.Querying.Infrastructure;
using static OpenData.Api.Tests.Querying.Infrastructure.QueryingAssert;

namespace OpenData.Api.Tests.Querying;

/// <summary><c>and</c>/<c>or</c>, to-one relation filters and the to-many operators some/all/none/any.</summary>
public sealed class RelationFilterTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    public static TheoryData<string, string, int[]> CityCases => QueryingFixture.WithProviders<string, int[]>(
    [
        // and / or
        ("""or: [{ name: { eq: "Paris" } }, { population: { eq: null } }]""", [4, 7, 8]),
        ("""and: [{ kind: { eq: MUNICIPALITY } }, { population: { gte: 2000000 } }]""", [1, 2, 5, 6]),
        ("""isCapital: { eq: false }, or: [{ climate: { eq: TEMPERATE } }, { climate: { eq: ARID } }]""", [8, 9]),
        ("""or: [{ and: [{ kind: { eq: PROVINCE } }, { climate: { eq: TROPICAL } }] }, { id: { eq: 7 } }]""", [4, 7]),
        ("""or: []""", []),
        ("""and: []""", [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        ("""or: [{ }, { id: { eq: 1 } }]""", [1, 2, 3, 4, 5, 6, 7, 8, 9]),
        // to-one
        ("""country: { code: { eq: "FR" } }""", [7, 8]),
        ("""country: { name: { eq: "viet nam", mode: INSENSITIVE } }""", [1, 2, 3, 4, 5, 6]),
        ("""country: { nameEn: { eq: null } }""", []),
        ("""country: { continent: { neq: ASIA } }""", [7, 8]),
        ("""country: { cities: { some: { name: { eq: "Paris" } } } }""", [7, 8]),
        // to-many
        ("""measurements: { some: { value: { gt: 15 } } }""", [1, 7]),
        ("""measurements: { all: { value: { gt: 15 } } }""", [3, 5, 6, 7, 8, 9]),
        ("""measurements: { none: { value: { gt: 15 } } }""", [2, 3, 4, 5, 6, 8, 9]),
        ("""measurements: { any: true }""", [1, 2, 4, 7]),
        ("""measurements: { any: false }""", [3, 5, 6, 8, 9]),
        ("""measurements: { some: { value: { eq: null } } }""", [2]),
        ("""measurements: { some: { note: { contains: "on dinh", mode: INSENSITIVE } } }""", [1]),
        ("""measurements: { some: { } }""", [1, 2, 4, 7]),
        ("""measurements: { some: { value: { gte: 10 } }, none: { value: { gte: 30 } } }""", [1]),
    ]);

    [Theory]
    [MemberData(nameof(CityCases))]
    public async Task Combined_and_relation_filters_select_exactly_the_matching_cities(string provider, string where, int[] expected)
    {
        var response = await fixture[provider].ExecuteAsync($$"""{ cities(first: 100, where: { {{where}} }) { nodes { id } } }""");
        Assert.Equal(expected, Ids(response).Order().ToArray());
    }

    public static TheoryData<string, string, int[]> CountryCases => QueryingFixture.WithProviders<string, int[]>(
    [
        ("""cities: { some: { isCapital: { eq: true } } }""", [1, 2]),
        ("""cities: { any: false }""", [3]),
        ("""cities: { all: { population: { gt: 1000000 } } }""", [3]),
        ("""cities: { some: { measurements: { some: { value: { gte: 40 } } } } }""", [2]),
        ("""cities: { none: { name: { startsWith: "h", mode: INSENSITIVE } } }""", [2, 3]),
    ]);

    [Theory]
    [MemberData(nameof(CountryCases))]
    public async Task List_operators_nest_through_several_relations(string provider, string where, int[] expected)
    {
        var response = await fixture[provider].ExecuteAsync($$"""{ countries(first: 100, where: { {{where}} }) { nodes { id } } }""");
        Assert.Equal(expected, Ids(response, "countries").Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task A_filter_through_two_to_one_relations_reaches_the_grandparent(string provider)
    {
        var response = await fixture[provider].ExecuteAsync("""{ measurements(first: 100, where: { city: { country: { code: { eq: "VN" } } } }) { nodes { id } } }""");
        Assert.Equal([1, 2, 3, 4], Ids(response, "measurements").Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Relation_filters_become_EXISTS_subqueries_and_joins_in_one_command(string provider)
    {
        var database = fixture[provider];
        var response = await database.ExecuteAsync("""
            { cities(first: 100, where: { country: { code: { eq: "VN" } }, measurements: { some: { value: { gt: 15 } }, all: { value: { gt: 5 } } } }) { nodes { id } } }
            """);
        Assert.Equal([1], Ids(response));
        var sql = Assert.Single(database.Sql.Commands);
        Assert.Contains("EXISTS", sql);
        Assert.Contains("JOIN", sql);
    }
}
