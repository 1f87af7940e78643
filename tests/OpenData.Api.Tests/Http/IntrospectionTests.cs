using System.Net;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Http;

[Collection(SharedApi.Name)]
public sealed class IntrospectionTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    /// <summary>The members graphql-js's getIntrospectionQuery asks for with every option on.</summary>
    [Fact]
    public async Task Introspection_with_every_graphql_js_option_validates()
    {
        const string query = """
            {
              __schema {
                description
                directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated deprecationReason } }
                types { name specifiedByURL inputFields(includeDeprecated: true) { name isDeprecated } }
              }
            }
            """;
        var response = await _client.SendAsync(PostQuery(query));
        var body = await BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        Assert.NotEmpty(body["data"]!["__schema"]!["types"]!.AsArray());
    }
}
