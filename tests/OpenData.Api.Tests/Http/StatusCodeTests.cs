using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Data.Storage;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Http;

[Collection(SharedApi.Name)]
public sealed class StatusCodeTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_document_that_does_not_parse_is_400_without_data_under_graphql_response_json()
    {
        var response = await _client.SendAsync(PostQuery("{"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, MediaType(response));
        var body = await BodyAsync(response);
        Assert.False(body.ContainsKey("data"));
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_200_under_application_json()
    {
        var response = await _client.SendAsync(PostQuery("{", accept: Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.ContainsKey("data"));
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_400_without_data_under_graphql_response_json()
    {
        var response = await _client.SendAsync(PostQuery("{ noSuchField }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.ContainsKey("data"));
        Assert.Contains("noSuchField", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_200_under_application_json()
    {
        var response = await _client.SendAsync(PostQuery("{ noSuchField }", accept: Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await BodyAsync(response)).ContainsKey("data"));
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task A_variable_that_does_not_coerce_is_a_request_error(string accept, HttpStatusCode expected)
    {
        var response = await _client.SendAsync(PostQuery("query T($name: String!) { __type(name: $name) { name } }", new { name = 42 }, accept));
        Assert.Equal(expected, response.StatusCode);
        Assert.False((await BodyAsync(response)).ContainsKey("data"));
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var response = await _client.SendAsync(PostQuery("query A { __typename }", operationName: "B"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_mutation_over_POST_is_rejected_by_validation_because_the_api_is_read_only()
    {
        var response = await _client.SendAsync(PostQuery("mutation { __typename }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.ContainsKey("data"));
        Assert.Equal("OPERATION_TYPE_EXISTENCE", FirstErrorCode(body));
    }

    [Fact]
    public async Task A_field_error_after_execution_started_is_200_with_data_and_errors()
    {
        // A database without its dataset row: the non-null `dataset` field fails while executing.
        await using var broken = new ApiFactory();
        var client = broken.CreateClient();
        using (var scope = broken.Services.CreateScope())
        {
            var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<OpenDataDbContext>>();
            await using var db = await factory.CreateDbContextAsync();
            await db.DatasetStates.ExecuteDeleteAsync();
        }
        var response = await client.SendAsync(PostQuery("{ __typename dataset { version } }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.True(body.ContainsKey("data"));
        Assert.Equal("dataset", body["errors"]![0]!["path"]![0]!.GetValue<string>());
    }
}
