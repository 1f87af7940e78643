using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Limits;

/// <summary>An API with small limits, so each can be crossed with a short document.</summary>
public sealed class SmallLimitsApi : IDisposable
{
    public ApiFactory Api { get; } = LimitsApi.Create(new Dictionary<string, string?>
    {
        // These tests are about documents and their cost: answers must not come from the response cache.
        ["ResponseCache:Enabled"] = "false",
        ["Limits:MaxBodyBytes"] = "4000",
        ["Limits:MaxQueryLength"] = "1000",
        ["Limits:MaxTokens"] = "200",
        ["Limits:MaxParserDepth"] = "20",
        ["Limits:MaxSelectionDepth"] = "4",
        ["Limits:MaxAliases"] = "3",
        ["Limits:MaxRootFields"] = "3",
        ["Limits:MaxFields"] = "60",
        ["Limits:MaxCost"] = "300",
        ["Limits:MaxVariablesBytes"] = "200",
        ["RateLimit:Anonymous:Budget"] = "1000000",
    });

    public void Dispose() => Api.Dispose();
}

/// <summary>Each document limit: refused before execution, as a validation failure (400 / 200 by media type), with its own
/// code and a message naming the setting and its value; a document at the limit passes.</summary>
public sealed class DocumentLimitsTests(SmallLimitsApi fixture) : IClassFixture<SmallLimitsApi>
{
    private readonly HttpClient _client = fixture.Api.CreateClient();

    private async Task<JsonObject> RefusedAsync(HttpRequestMessage request, string code, params string[] messageParts)
    {
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.False(body.ContainsKey("data"), text);
        var error = body["errors"]!.AsArray().FirstOrDefault(e => e!["extensions"]?["code"]?.GetValue<string>() == code);
        Assert.True(error is not null, $"no {code} in {text}");
        foreach (var part in messageParts) Assert.Contains(part, error!["message"]!.GetValue<string>());
        return body;
    }

    private async Task<JsonObject> PassesAsync(HttpRequestMessage request)
    {
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!.AsObject();
        Assert.True(body["errors"] is null, text);
        return body;
    }

    [Fact]
    public async Task A_query_longer_than_MaxQueryLength_is_refused_before_lexing()
    {
        var query = "{ __typename }" + new string(' ', 1000 - 14);
        await PassesAsync(PostQuery(query));
        await RefusedAsync(PostQuery(query + " "), "OD_QUERY_TOO_LONG", "1001 characters", "1000", "Limits:MaxQueryLength");
    }

    [Fact]
    public async Task Under_application_json_a_refused_document_is_a_200_without_data()
    {
        var response = await _client.SendAsync(PostQuery("{ __typename }" + new string(' ', 1000), accept: Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.False(body.ContainsKey("data"));
        Assert.Equal("OD_QUERY_TOO_LONG", FirstErrorCode(body));
    }

    [Fact]
    public async Task More_tokens_than_MaxTokens_are_refused_before_parsing()
    {
        // "{ __typename }" is 3 tokens and each "@a" 2: 98 of them make 199 (under the limit: refused later, by validation).
        var under = await _client.SendAsync(PostQuery("{ __typename " + string.Concat(Enumerable.Repeat("@a ", 98)) + "}"));
        Assert.DoesNotContain("OD_TOO_MANY_TOKENS", await under.Content.ReadAsStringAsync());
        var over = "{ __typename " + string.Concat(Enumerable.Repeat("@a ", 99)) + "}"; // 201 tokens
        await RefusedAsync(PostQuery(over), "OD_TOO_MANY_TOKENS", "200", "Limits:MaxTokens");
        // Comments are not tokens.
        var commented = "{ __typename }" + string.Concat(Enumerable.Repeat("\n#c", 250));
        await PassesAsync(PostQuery(commented));
    }

    [Fact]
    public async Task Syntax_nested_deeper_than_MaxParserDepth_is_refused_with_a_named_limit()
    {
        var nested = new string('[', 25) + "1" + new string(']', 25);
        await RefusedAsync(PostQuery("{ __typename(x: " + nested + ") }"), "OD_PARSER_DEPTH", "20", "Limits:MaxParserDepth");
    }

    [Fact]
    public async Task Fields_nested_deeper_than_MaxSelectionDepth_are_refused_also_through_fragments()
    {
        await PassesAsync(PostQuery("{ __schema { types { fields { name } } } }"));
        await RefusedAsync(PostQuery("{ __schema { types { fields { type { name } } } } }"), "OD_SELECTION_DEPTH", "5 deep", "4", "Limits:MaxSelectionDepth");
        await RefusedAsync(PostQuery("{ __schema { ...T } } fragment T on __Schema { types { fields { type { name } } } }"), "OD_SELECTION_DEPTH");
    }

    [Fact]
    public async Task More_aliases_than_MaxAliases_are_refused_counting_each_use_of_a_fragment()
    {
        await PassesAsync(PostQuery("{ dataset { a: version b: version c: version } }"));
        await RefusedAsync(PostQuery("{ dataset { a: version b: version c: version d: version } }"), "OD_TOO_MANY_ALIASES", "4 aliases", "3", "Limits:MaxAliases");
        await RefusedAsync(PostQuery("{ dataset { ...D } x: dataset { ...D } } fragment D on Dataset { a: version b: version }"), "OD_TOO_MANY_ALIASES", "5 aliases");
    }

    [Fact]
    public async Task More_distinct_root_fields_than_MaxRootFields_are_refused()
    {
        await PassesAsync(PostQuery("{ __typename dataset { version } area(code: \"VNM\") { code } }"));
        await RefusedAsync(PostQuery("{ __typename dataset { version } area(code: \"VNM\") { code } source(code: \"x\") { code } }"),
            "OD_TOO_MANY_ROOT_FIELDS", "4 distinct root fields", "3", "Limits:MaxRootFields");
        await RefusedAsync(PostQuery("{ ...Q __typename } fragment Q on Query { dataset { version } area(code: \"VNM\") { code } rankingIndex(code: \"GII\") { code } }"),
            "OD_TOO_MANY_ROOT_FIELDS");
    }

    [Fact]
    public async Task A_fragment_bomb_is_counted_not_expanded_and_refused_at_once()
    {
        var text = new StringBuilder("{ ...F10 } fragment F0 on Query { __typename }");
        for (var i = 1; i <= 10; i++) text.Append($" fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}");
        var watch = Stopwatch.StartNew();
        await RefusedAsync(PostQuery(text.ToString()), "OD_TOO_MANY_FIELDS", "1024 fields", "60", "Limits:MaxFields");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Introspection_nested_deeper_than_MaxIntrospectionDepth_is_refused()
    {
        await RefusedAsync(PostQuery("{ __type(name: \"Query\") { fields { type { fields { type { fields { name } } } } } } }"),
            "OD_INTROSPECTION_DEPTH", "3 deep", "2", "Limits:MaxIntrospectionDepth");
    }

    [Fact]
    public async Task An_operation_over_MaxCost_is_refused_with_its_cost()
    {
        // Each areas { nodes { code nameEn } } costs 1 + 1 + 50 × 2 = 102 (no first/last: Limits:DefaultListSize = 50).
        var body = await PassesAsync(PostQuery("{ areas { nodes { code nameEn } } b: areas { nodes { code nameEn } } }"));
        Assert.Equal(204, body["extensions"]!["cost"]!.GetValue<long>());
        await RefusedAsync(PostQuery("{ areas { nodes { code nameEn } } b: areas { nodes { code nameEn } } c: areas { nodes { code nameEn } } }"),
            "OD_COST_LIMIT", "306 points", "300", "Limits:MaxCost");
    }

    [Fact]
    public async Task A_cached_document_is_still_costed_and_charged()
    {
        const string query = "{ areas { nodes { code } } dataset { version } }"; // 1 + 1 + 50 + 2 = 54
        for (var i = 0; i < 3; i++)
        {
            var body = await PassesAsync(PostQuery(query));
            Assert.Equal(54, body["extensions"]!["cost"]!.GetValue<long>());
        }
        var refused = "{ areas { nodes { code nameEn } } b: areas { nodes { code nameEn } } c: areas { nodes { code nameEn } } }";
        await RefusedAsync(PostQuery(refused), "OD_COST_LIMIT");
        await RefusedAsync(PostQuery(refused), "OD_COST_LIMIT");
    }

    [Fact]
    public async Task Variables_larger_than_MaxVariablesBytes_are_refused_over_POST_and_GET()
    {
        const string query = "query($n: String!) { __type(name: $n) { name } }";
        await PassesAsync(PostQuery(query, new { n = "Query" }));
        var big = new { n = new string('x', 300) };
        await RefusedAsync(PostQuery(query, big), "OD_VARIABLES_TOO_LARGE", "200", "Limits:MaxVariablesBytes");
        await RefusedAsync(Get($"query={Encode(query)}&variables={Encode("{\"n\":\"" + new string('x', 300) + "\"}")}"), "OD_VARIABLES_TOO_LARGE");
    }

    [Fact]
    public async Task A_body_larger_than_MaxBodyBytes_is_413_with_or_without_a_content_length()
    {
        var json = "{\"query\":\"{ __typename }\",\"extensions\":{\"pad\":\"" + new string('x', 4100) + "\"}}";
        foreach (var chunked in new[] { false, true })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = chunked ? new StreamContent(new NonSeekableStream(Encoding.UTF8.GetBytes(json))) : new StringContent(json),
            };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);
            var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var body = await BodyAsync(response);
            Assert.Equal("OD_BODY_TOO_LARGE", FirstErrorCode(body));
            Assert.Contains("4000 bytes", body["errors"]![0]!["message"]!.GetValue<string>());
            Assert.Contains("Limits:MaxBodyBytes", body["errors"]![0]!["message"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Validation_and_syntax_errors_are_reported_as_before()
    {
        await RefusedAsync(PostQuery("{ nope }"), "FIELDS_ON_CORRECT_TYPE");
        var response = await _client.SendAsync(PostQuery("{ __typename"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", FirstErrorCode(await BodyAsync(response)));
    }

    /// <summary>A stream without a known length, so the client sends the body chunked.</summary>
    private sealed class NonSeekableStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
