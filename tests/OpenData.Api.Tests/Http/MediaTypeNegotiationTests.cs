using System.Net;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Http;

[Collection(SharedApi.Name)]
public sealed class MediaTypeNegotiationTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Accepting_graphql_response_json_gets_that_media_type_in_utf8()
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, MediaType(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType!.CharSet);
        Assert.Equal("Query", (await BodyAsync(response))["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Accepting_application_json_gets_application_json()
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }", accept: Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, MediaType(response));
    }

    [Fact]
    public async Task A_missing_accept_header_is_treated_as_application_json()
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }", accept: null));
        Assert.Equal(Json, MediaType(response));
    }

    [Theory]
    [InlineData("*/*")]
    [InlineData("application/*")]
    public async Task A_wildcard_accept_gets_application_json(string accept)
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }", accept: accept));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Json, MediaType(response));
    }

    [Theory]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("text/html, application/graphql-response+json;q=0.9, */*;q=0.1", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0, application/json", Json)]
    public async Task Accept_q_values_choose_the_preferred_media_type(string accept, string expected)
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }", accept: accept));
        Assert.Equal(expected, MediaType(response));
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/graphql-response+json;q=0")]
    public async Task Nothing_acceptable_is_406_with_a_json_error(string accept)
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }", accept: accept));
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(Json, MediaType(response));
        Assert.Equal("OD_NOT_ACCEPTABLE", FirstErrorCode(await BodyAsync(response)));
    }
}
