using System.Net;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Http;

[Collection(SharedApi.Name)]
public sealed class GetRequestTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_query_over_GET_with_url_encoded_variables_runs()
    {
        var query = Encode("query T($name: String!) { __type(name: $name) { name } }");
        var variables = Encode("""{"name":"Dataset"}""");
        var response = await _client.SendAsync(Get($"query={query}&variables={variables}&operationName=T"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Dataset", (await BodyAsync(response))["data"]!["__type"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_mutation_over_GET_is_405_with_Allow_header(string accept)
    {
        var response = await _client.SendAsync(Get("query=" + Encode("mutation { __typename }"), accept));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(",", response.Content.Headers.Allow));
        Assert.Equal("OD_METHOD_NOT_ALLOWED", FirstErrorCode(await BodyAsync(response)));
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_even_when_the_document_is_cached()
    {
        var query = "mutation M { __typename } query Q { __typename }";
        var first = await _client.SendAsync(Get($"query={Encode(query)}&operationName=Q"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await _client.SendAsync(Get($"query={Encode(query)}&operationName=M"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, second.StatusCode);
    }

    [Fact]
    public async Task Variables_that_are_not_json_in_the_url_are_400()
    {
        var response = await _client.SendAsync(Get($"query={Encode("{ __typename }")}&variables=%7Bnot"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OD_INVALID_PARAMETER", FirstErrorCode(await BodyAsync(response)));
    }

    [Fact]
    public async Task Variables_in_the_url_that_are_not_an_object_are_400()
    {
        var response = await _client.SendAsync(Get($"query={Encode("{ __typename }")}&variables=%5B1%5D"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_repeated_parameter_is_400()
    {
        var response = await _client.SendAsync(Get($"query={Encode("{ __typename }")}&query={Encode("{ dataset { version } }")}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_GET_without_query_is_400()
    {
        var response = await _client.SendAsync(Get("operationName=X"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OD_QUERY_MISSING", FirstErrorCode(await BodyAsync(response)));
    }

    [Fact]
    public async Task Another_http_method_is_405()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
