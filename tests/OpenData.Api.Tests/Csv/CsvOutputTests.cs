using System.Net;
using System.Text.Json.Nodes;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Csv;

[Collection(FrontDoorCollection.Name)]
public sealed class CsvOutputTests(FrontDoorApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    private const string Rankings = """
        query VietNamRankings {
          area(code: "VNM") {
            name(lang: VI)
            latestRankings { edition { year index { code } } rank outOf rankChange source { code licence } }
          }
        }
        """;

    private async Task<(HttpResponseMessage Response, byte[] Bytes)> SendAsync(HttpRequestMessage request)
    {
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<JsonObject> JsonAsync(string query, object? variables = null) =>
        await BodyAsync(await _client.SendAsync(PostQuery(query, variables, Json)));

    [Fact]
    public async Task Accept_text_csv_gives_the_first_list_as_rows_with_dotted_headers()
    {
        var (response, bytes) = await SendAsync(PostQuery(Rankings, accept: "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", MediaType(response));
        Assert.Contains(response.Content.Headers.ContentType!.Parameters, p => p.Name == "charset" && p.Value == "utf-8");
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Equal("VietNamRankings.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var (header, rows) = CsvText.Parse(bytes);
        Assert.Equal(["edition.year", "edition.index.code", "rank", "outOf", "rankChange", "source.code", "source.licence"], header);
        var json = await JsonAsync(Rankings);
        var entries = json["data"]!["area"]!["latestRankings"]!.AsArray();
        Assert.Equal(entries.Count, rows.Count);
        var egdi = rows.Single(r => r[1] == "EGDI");
        var expected = entries.Single(e => e!["edition"]!["index"]!["code"]!.GetValue<string>() == "EGDI")!;
        Assert.Equal(expected["rank"]!.ToJsonString(), egdi[2]);
        Assert.Equal(expected["source"]!["licence"]!.GetValue<string>(), egdi[6]);
    }

    [Fact]
    public async Task Csv_starts_with_a_byte_order_mark_unless_bom_false_and_ends_records_with_crlf()
    {
        var query = Encode("{ area(code:\"VNM\") { latestRankings { rank } } }");
        var (_, withBom) = await SendAsync(Get($"query={query}&format=csv", accept: null));
        Assert.Equal(CsvText.Bom, withBom[..3]);
        var (_, without) = await SendAsync(Get($"query={query}&format=csv&bom=false", accept: null));
        Assert.Equal(withBom[3..], without);
        var text = CsvText.Decode(without);
        Assert.StartsWith("rank\r\n", text);
        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public async Task Format_csv_on_GET_wins_over_a_json_accept_header()
    {
        var query = Encode("{ areas { nodes { code } } }");
        var (response, bytes) = await SendAsync(Get($"query={query}&format=csv", accept: GraphQLResponse));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", MediaType(response));
        var (header, rows) = CsvText.Parse(bytes);
        Assert.Equal(["code"], header);
        Assert.Contains(["VNM"], rows);
    }

    [Fact]
    public async Task Vietnamese_names_arrive_intact_in_utf8()
    {
        var query = """{ areas { nodes { code name(lang: VI) } } }""";
        var (_, bytes) = await SendAsync(PostQuery(query, accept: "text/csv"));
        var (header, rows) = CsvText.Parse(bytes);
        Assert.Equal(["code", "name"], header);
        Assert.Contains(["VNM", "Việt Nam"], rows);
        Assert.Contains(["VN-HP", "Hải Phòng"], rows);
        // The same bytes as the JSON answer's strings: nothing transliterated or escaped.
        var names = (await JsonAsync(query))["data"]!["areas"]!["nodes"]!.AsArray().Select(a => a!["name"]!.GetValue<string>());
        Assert.Equal(names, rows.Select(r => r[1]));
    }

    [Fact]
    public async Task Quotes_commas_and_line_breaks_are_escaped_and_read_back_exactly()
    {
        // Observation notes quote the sources: double quotes and commas inside ("11,91%").
        var query = """{ indicator(code: "DIGITAL_ECONOMY_GDP_SHARE") { observations { period { text } value note } } }""";
        var (_, bytes) = await SendAsync(PostQuery(query, accept: "text/csv"));
        var text = CsvText.Decode(bytes);
        Assert.Contains("\"\"", text); // an inner quote doubled (RFC 4180 §2.7)
        var (header, rows) = CsvText.Parse(bytes);
        Assert.Equal(["period.text", "value", "note"], header);
        var observations = (await JsonAsync(query))["data"]!["indicator"]!["observations"]!.AsArray();
        Assert.Equal(observations.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(observations[i]!["note"]?.GetValue<string>() ?? "", rows[i][2]);
            Assert.Equal(observations[i]!["value"]?.ToJsonString() ?? "", rows[i][1]);
        }
        Assert.Contains(rows, r => r[2].Contains('"') && r[2].Contains(','));
    }

    [Fact]
    public async Task A_nested_list_becomes_one_row_per_item_with_its_parent_repeated()
    {
        var query = """{ rankingIndex(code: "EGDI") { editions { year entries { area { code } rank } } } }""";
        var (_, bytes) = await SendAsync(PostQuery(query, accept: "text/csv"));
        var (header, rows) = CsvText.Parse(bytes);
        Assert.Equal(["year", "entries.area.code", "entries.rank"], header);
        var editions = (await JsonAsync(query))["data"]!["rankingIndex"]!["editions"]!.AsArray();
        var expected = editions.SelectMany(e => e!["entries"]!.AsArray().Select(x => new[]
        {
            e["year"]!.ToJsonString(), x!["area"]!["code"]!.GetValue<string>(), x["rank"]?.ToJsonString() ?? "",
        })).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
        Assert.Contains(["2024", "VNM", "71"], rows);
    }

    [Fact]
    public async Task A_query_that_does_not_validate_is_answered_as_graphql_json_with_400()
    {
        var response = await _client.SendAsync(PostQuery("{ area(code: \"VNM\") { noSuchField } }", accept: "text/csv"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, MediaType(response));
        var body = await BodyAsync(response);
        Assert.Null(body["data"]);
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task Format_csv_with_a_missing_query_is_the_usual_400()
    {
        var response = await _client.SendAsync(Get("format=csv", accept: null));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OD_QUERY_MISSING", FirstErrorCode(await BodyAsync(response)));
    }

    [Fact]
    public async Task A_result_with_a_field_error_is_answered_as_json_not_as_a_partial_table()
    {
        // A global ID this API did not issue is a field error: data with a null, and errors.
        var response = await _client.SendAsync(PostQuery("{ areas { nodes { code } } node(id: \"bm90LWFuLWlk\") { id } }", accept: "text/csv"));
        var body = await BodyAsync(response);
        Assert.NotEqual("text/csv", MediaType(response));
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task A_mutation_over_GET_with_format_csv_is_still_405()
    {
        var response = await _client.SendAsync(Get("query=" + Encode("mutation { __typename }") + "&format=csv", accept: null));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json, text/csv")]
    [InlineData("text/csv;q=0.5, application/graphql-response+json")]
    public async Task Json_wins_when_the_client_ranks_it_as_high_as_csv(string accept)
    {
        var response = await _client.SendAsync(PostQuery("{ areas { nodes { code } } }", accept: accept));
        Assert.NotEqual("text/csv", MediaType(response));
    }
}
