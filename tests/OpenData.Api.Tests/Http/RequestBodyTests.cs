using System.Net;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Http;

[Collection(SharedApi.Name)]
public sealed class RequestBodyTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_POST_without_content_type_is_415()
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", contentType: null));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("OD_UNSUPPORTED_MEDIA_TYPE", FirstErrorCode(await BodyAsync(response)));
    }

    [Theory]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_POST_with_another_media_type_or_charset_is_415(string contentType)
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Null((await BodyAsync(response))["data"]);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task A_POST_with_json_in_utf8_is_accepted(string contentType)
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }"}""", contentType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_utf8_request_with_emoji_and_vietnamese_is_read_intact()
    {
        var response = await _client.SendAsync(PostQuery("""{ __type(name: "Run🏃Swim🏊 Hải Phòng") { name } }"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await BodyAsync(response))["data"]);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task An_empty_body_is_400(string accept)
    {
        var response = await _client.SendAsync(Post("", accept: accept));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("OD_INVALID_JSON", FirstErrorCode(body));
        Assert.Contains("empty", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task A_body_that_is_not_json_is_400_without_data(string accept)
    {
        var response = await _client.SendAsync(Post("""{ "not a JSON""", accept: accept));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(accept, MediaType(response));
        var body = await BodyAsync(response);
        Assert.Equal("OD_INVALID_JSON", FirstErrorCode(body));
        Assert.False(body.ContainsKey("data"));
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"query\"", "a string")]
    [InlineData("42", "a number")]
    public async Task A_body_that_is_not_a_json_object_is_400(string body, string described)
    {
        var response = await _client.SendAsync(Post(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(described, (await BodyAsync(response))["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"query":1}""", "query")]
    [InlineData("""{"query":{"obj":"ect"}}""", "query")]
    [InlineData("""{"query":["{ __typename }"]}""", "query")]
    [InlineData("""{"query":false}""", "query")]
    [InlineData("""{"query":"{ __typename }","variables":"x"}""", "variables")]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""", "variables")]
    [InlineData("""{"query":"{ __typename }","variables":0}""", "variables")]
    [InlineData("""{"query":"{ __typename }","operationName":1}""", "operationName")]
    [InlineData("""{"query":"{ __typename }","operationName":{}}""", "operationName")]
    [InlineData("""{"query":"{ __typename }","extensions":"x"}""", "extensions")]
    [InlineData("""{"query":"{ __typename }","extensions":false}""", "extensions")]
    public async Task A_parameter_of_the_wrong_json_type_is_400_naming_it(string body, string parameter)
    {
        var response = await _client.SendAsync(Post(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await BodyAsync(response);
        Assert.Equal("OD_INVALID_PARAMETER", FirstErrorCode(json));
        Assert.Contains($"'{parameter}'", json["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"notquery":"{ __typename }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{"query":"   "}""")]
    public async Task A_missing_query_is_400(string body)
    {
        var response = await _client.SendAsync(Post(body, accept: Json));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OD_QUERY_MISSING", FirstErrorCode(await BodyAsync(response)));
    }

    [Fact]
    public async Task Null_operationName_variables_and_extensions_are_allowed()
    {
        var response = await _client.SendAsync(Post("""{"query":"{ __typename }","operationName":null,"variables":null,"extensions":null}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Map_variables_and_extensions_are_used()
    {
        var response = await _client.SendAsync(Post("""
            {"query":"query T($name: String!) { __type(name: $name) { name } }","variables":{"name":"Area"},"extensions":{"any":"thing"},"operationName":"T"}
            """));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Area", (await BodyAsync(response))["data"]!["__type"]!["name"]!.GetValue<string>());
    }
}
