using System.Buffers.Text;
using System.Text;
using OpenData.Api.Errors;
using OpenData.Api.Tests.Querying.Infrastructure;
using static OpenData.Api.Tests.Querying.Infrastructure.QueryingAssert;

namespace OpenData.Api.Tests.Querying;

/// <summary>Every rejection carries its code; nothing is cut or guessed silently; malformed filters never reach a resolver.</summary>
public sealed class ErrorTests(QueryingFixture fixture) : IClassFixture<QueryingFixture>
{
    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task A_page_over_the_maximum_is_OD_PAGE_SIZE_naming_the_maximum(string provider)
    {
        var database = fixture[provider];
        foreach (var argument in new[] { "first", "last" })
        {
            var response = await database.ExecuteAsync($$"""{ cities({{argument}}: {{QueryingDatabase.MaxPageSize + 1}}) { nodes { id } } }""");
            Assert.Equal(ErrorCodes.PageSize, ErrorCode(response));
            Assert.Contains(QueryingDatabase.MaxPageSize.ToString(), ErrorMessage(response));
            Assert.Empty(database.Sql.Commands);
        }
        NoErrors(await database.ExecuteAsync($$"""{ cities(first: {{QueryingDatabase.MaxPageSize}}) { nodes { id } } }"""));
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task First_with_last_or_a_negative_size_is_OD_PAGING_ARGUMENTS(string provider)
    {
        var database = fixture[provider];
        foreach (var arguments in new[] { "first: 1, last: 1", "first: -1", "last: -3" })
        {
            var response = await database.ExecuteAsync($$"""{ cities({{arguments}}) { nodes { id } } }""");
            Assert.Equal(ErrorCodes.PagingArguments, ErrorCode(response));
        }
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task A_malformed_cursor_is_OD_INVALID_CURSOR(string provider)
    {
        var database = fixture[provider];
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""["xx", 1]"""));
        var wrongShape = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"id": 1}"""));
        foreach (var cursor in new[] { "not a cursor", "e30", forged, wrongShape, "" })
        {
            var response = await database.ExecuteAsync($$"""{ cities(first: 2, after: "{{cursor}}") { nodes { id } } }""");
            Assert.Equal(ErrorCodes.InvalidCursor, ErrorCode(response));
            var backwards = await database.ExecuteAsync($$"""{ cities(last: 2, before: "{{cursor}}") { nodes { id } } }""");
            Assert.Equal(ErrorCodes.InvalidCursor, ErrorCode(backwards));
        }
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task A_cursor_from_another_order_or_list_is_OD_INVALID_CURSOR(string provider)
    {
        var database = fixture[provider];
        var byPopulation = await database.ExecuteAsync("""{ cities(first: 1, order: { population: ASC }) { pageInfo { endCursor } } }""");
        var cursor = byPopulation["data"]!["cities"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        NoErrors(await database.ExecuteAsync($$"""{ cities(first: 1, after: "{{cursor}}", order: { population: ASC }, where: { id: { gt: 1 } }) { nodes { id } } }"""));

        var otherOrder = await database.ExecuteAsync($$"""{ cities(first: 1, after: "{{cursor}}", order: { population: DESC }) { nodes { id } } }""");
        Assert.Equal(ErrorCodes.InvalidCursor, ErrorCode(otherOrder));
        var otherKeys = await database.ExecuteAsync($$"""{ cities(first: 1, after: "{{cursor}}", order: { households: ASC }) { nodes { id } } }""");
        Assert.Equal(ErrorCodes.InvalidCursor, ErrorCode(otherKeys));

        var country = await database.ExecuteAsync("""{ countries(first: 1, order: { population: ASC }) { pageInfo { endCursor } } }""");
        var countryCursor = country["data"]!["countries"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var otherList = await database.ExecuteAsync($$"""{ cities(first: 1, after: "{{countryCursor}}", order: { population: ASC }) { nodes { id } } }""");
        Assert.Equal(ErrorCodes.InvalidCursor, ErrorCode(otherList));
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Null_for_an_operator_that_needs_a_value_is_OD_INVALID_FILTER(string provider)
    {
        var database = fixture[provider];
        foreach (var where in new[] { "population: { gt: null }", "name: { contains: null }", "id: { in: null }", "measurements: { some: null }", "measurements: { any: null }" })
        {
            var response = await database.ExecuteAsync($$"""{ cities(where: { {{where}} }) { nodes { id } } }""");
            Assert.Equal(ErrorCodes.InvalidFilter, ErrorCode(response));
            Assert.Empty(database.Sql.Commands);
        }
    }

    [Theory]
    [MemberData(nameof(QueryingFixture.Providers), MemberType = typeof(QueryingFixture))]
    public async Task Unknown_fields_and_operators_of_the_wrong_type_are_validation_errors(string provider)
    {
        var database = fixture[provider];
        foreach (var arguments in new[]
        {
            """where: { bogus: { eq: 1 } }""",
            """where: { population: { contains: "1" } }""",
            """where: { population: { eq: "many" } }""",
            """where: { name: { gt: "A" } }""",
            """where: { isCapital: { in: [true] } }""",
            """where: { kind: { eq: VILLAGE } }""",
            """where: { measurements: { some: { bogus: { eq: 1 } } } }""",
            """where: { name: { eq: "x", mode: LOOSE } }""",
            """order: { bogus: ASC }""",
            """order: { population: UP }""",
        })
        {
            var response = await database.ExecuteAsync($$"""{ cities({{arguments}}) { nodes { id } } }""");
            Assert.Null(response["data"]);
            Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", ErrorCode(response));
            Assert.Empty(database.Sql.Commands);
        }
    }
}
