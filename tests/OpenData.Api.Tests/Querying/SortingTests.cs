using OpenData.Api.Tests.Querying.Infrastructure;
using static OpenData.Api.Tests.Querying.Infrastructure.QueryingAssert;

namespace OpenData.Api.Tests.Querying;

/// <summary>
/// <c>order</c>: keys applied in the order written, nested to-one keys, enums by declaration order, and nulls as the
/// largest value (last ascending, first descending) on both providers; the key breaks ties.
/// </summary>
public sealed class SortingTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    /// <summary>Orders and the ids they give on the test data (ties broken by id ascending).</summary>
    public static readonly (string Order, int[] Ids)[] Orders =
    [
        ("{ population: ASC }", [9, 3, 2, 6, 7, 1, 5, 4, 8]),
        ("{ population: DESC }", [4, 8, 5, 1, 7, 2, 6, 3, 9]),
        ("[{ country: { nameEn: ASC } }, { population: DESC }]", [8, 7, 4, 5, 1, 2, 6, 3, 9]),
        ("{ climate: ASC }", [1, 2, 4, 5, 7, 8, 9, 3, 6]),
        ("[{ kind: DESC }, { gdp: ASC }]", [4, 8, 9, 6, 2, 1, 5, 3, 7]),
        ("{ kind: DESC, gdp: ASC }", [4, 8, 9, 6, 2, 1, 5, 3, 7]),
        ("{ gdp: ASC, kind: DESC }", [4, 6, 2, 1, 5, 7, 8, 9, 3]),
        ("{ isCapital: DESC }", [1, 7, 2, 3, 4, 5, 6, 8, 9]),
        ("{ founded: ASC }", [1, 8, 5, 4, 3, 2, 6, 7, 9]),
        ("{ updatedAt: DESC }", [9, 8, 7, 6, 5, 4, 3, 2, 1]),
        ("{ areaKm2: DESC }", [4, 9, 1, 5, 2, 6, 3, 7, 8]),
        ("{ households: ASC }", [9, 8, 4, 3, 6, 2, 7, 1, 5]),
    ];

    public static TheoryData<string, string, int[]> Cases => QueryingFixture.WithProviders(Orders);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rows_come_in_the_requested_order_with_nulls_as_the_largest_value(string provider, string order, int[] expected)
    {
        var response = await fixture[provider].ExecuteAsync($$"""{ cities(first: 100, order: {{order}}) { nodes { id } } }""");
        Assert.Equal(expected, Ids(response));
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Fields_of_one_sort_item_in_a_variable_apply_in_the_order_written(string provider)
    {
        var database = fixture[provider];
        const string query = "query($o: [CitySortInput!]) { cities(first: 100, order: $o) { nodes { id } } }";
        var gdpFirst = await database.ExecuteAsync(query, """{ "o": [{ "gdp": "ASC", "kind": "DESC" }] }""");
        var kindFirst = await database.ExecuteAsync(query, """{ "o": { "kind": "DESC", "gdp": "ASC" } }""");
        Assert.Equal([4, 6, 2, 1, 5, 7, 8, 9, 3], Ids(gdpFirst));
        Assert.Equal([4, 8, 9, 6, 2, 1, 5, 3, 7], Ids(kindFirst));
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Without_order_the_descriptors_default_order_applies(string provider)
    {
        var database = fixture[provider];
        var byName = await database.ExecuteAsync("""{ cities(first: 100, order: { name: ASC }) { nodes { id } } }""");
        var byDefault = await database.ExecuteAsync("""{ cities(first: 100) { nodes { id } } }""");
        var emptyOrder = await database.ExecuteAsync("""{ cities(first: 100, order: []) { nodes { id } } }""");
        Assert.Equal(Ids(byName), Ids(byDefault));
        Assert.Equal(Ids(byName), Ids(emptyOrder));
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Sorting_by_a_nested_relation_sorts_rows_without_it_as_null(string provider)
    {
        var response = await fixture[provider].ExecuteAsync("""{ measurements(first: 100, order: [{ city: { country: { code: DESC } } }, { value: DESC }]) { nodes { id } } }""");
        // VN (1, 2, 3, 4: values 10, 20, null, 5) then FR (5, 6: 30, 40); DESC puts the null value first.
        Assert.Equal([3, 2, 1, 4, 6, 5], Ids(response, "measurements"));
    }
}
