using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using OpenData.Api.Downloads;
using OpenData.Api.Tests.Csv;
using OpenData.Data.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Downloads;

[Collection(FrontDoorCollection.Name)]
public sealed class DownloadTests(FrontDoorApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string> Tables() => [.. DownloadCatalog.Tables.Select(t => t.Name)];

    private async Task<(string[] Header, List<string[]> Rows)> CsvAsync(string table)
    {
        var response = await _client.GetAsync($"/downloads/{table}.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return CsvText.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<JsonObject> JsonAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private async Task<string> DatasetVersionAsync() =>
        (await BodyAsync(await _client.SendAsync(PostQuery("{ dataset { version } }"))))["data"]!["dataset"]!["version"]!.GetValue<string>();

    [Fact]
    public async Task The_index_lists_every_table_with_its_rows_files_version_and_licence()
    {
        var index = await JsonAsync("/downloads");
        Assert.Equal(await DatasetVersionAsync(), index["dataset"]!["version"]!.GetValue<string>());
        Assert.Contains("licence", index["dataset"]!["licence"]!.GetValue<string>());
        Assert.Equal("/downloads/dictionary.json", index["dictionary"]!["json"]!.GetValue<string>());
        var tables = index["tables"]!.AsArray();
        Assert.Equal(["areas", "sources", "indicators", "platforms", "observations", "ranking-indices", "ranking-editions", "ranking-entries"],
            tables.Select(t => t!["name"]!.GetValue<string>()));
        foreach (var table in tables)
        {
            var name = table!["name"]!.GetValue<string>();
            Assert.Equal($"/downloads/{name}.csv", table["csv"]!.GetValue<string>());
            Assert.Equal($"/downloads/{name}.json", table["json"]!.GetValue<string>());
            var (_, rows) = await CsvAsync(name);
            Assert.Equal(rows.Count, table["rows"]!.GetValue<int>());
            Assert.NotEmpty(rows);
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Each_csv_download_holds_exactly_the_rows_of_its_seed_file(string table)
    {
        var (header, rows) = await CsvAsync(table);
        var (seedHeader, seedRows) = CsvText.Parse(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Seed, table + ".csv")));
        // Every seed column is in the download (which may add some, e.g. period_start).
        var positions = seedHeader.Select(column => Array.IndexOf(header, column)).ToArray();
        Assert.DoesNotContain(-1, positions);
        var downloaded = rows.Select(r => string.Join('|', positions.Select(p => Normalize(r[p])))).Order(StringComparer.Ordinal);
        var seeded = seedRows.Select(r => string.Join('|', r.Select(Normalize))).Order(StringComparer.Ordinal);
        Assert.Equal(seeded, downloaded);
    }

    // 99.80 and 99.8 are the same figure.
    private static string Normalize(string cell) =>
        decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !cell.Contains('-') ? DownloadColumn.FormatDecimal(d) : cell;

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Each_json_download_has_the_same_rows_as_its_csv_with_typed_values(string table)
    {
        var (header, rows) = await CsvAsync(table);
        var json = await JsonAsync($"/downloads/{table}.json");
        Assert.Equal(table, json["table"]!.GetValue<string>());
        Assert.Equal(await DatasetVersionAsync(), json["dataset"]!["version"]!.GetValue<string>());
        var jsonRows = json["rows"]!.AsArray();
        Assert.Equal(rows.Count, jsonRows.Count);
        var columns = DownloadCatalog.Find(table)!.Columns;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = jsonRows[i]!.AsObject();
            Assert.Equal(header, row.Select(p => p.Key));
            for (var c = 0; c < header.Length; c++)
            {
                var value = row[header[c]];
                var expectedKind = columns[c].Kind switch
                {
                    ColumnKind.Integer or ColumnKind.Decimal => System.Text.Json.JsonValueKind.Number,
                    ColumnKind.Boolean => rows[i][c] == "true" ? System.Text.Json.JsonValueKind.True : System.Text.Json.JsonValueKind.False,
                    _ => System.Text.Json.JsonValueKind.String,
                };
                if (value is null)
                {
                    Assert.True(columns[c].Nullable, $"{table}.{header[c]} is null in row {i} but not nullable in the dictionary");
                    Assert.Equal("", rows[i][c]);
                    continue;
                }
                Assert.Equal(expectedKind, value.GetValueKind());
                var text = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
                Assert.Equal(rows[i][c], text);
            }
        }
    }

    [Fact]
    public async Task The_dictionary_describes_every_column_of_every_download_and_every_enum_value()
    {
        var dictionary = await JsonAsync("/downloads/dictionary.json");
        Assert.Equal(await DatasetVersionAsync(), dictionary["dataset"]!["version"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(dictionary["dataset"]!["licence"]!.GetValue<string>()));
        var tables = dictionary["tables"]!.AsArray();
        Assert.Equal(DownloadCatalog.Tables.Count, tables.Count);
        var described = 0;
        foreach (var table in tables)
        {
            var name = table!["name"]!.GetValue<string>();
            var (header, rows) = await CsvAsync(name);
            var columns = table["columns"]!.AsArray();
            Assert.Equal(header, columns.Select(c => c!["name"]!.GetValue<string>()));
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c]!;
                Assert.False(string.IsNullOrWhiteSpace(column["description"]!.GetValue<string>()), $"{name}.{header[c]} has no description");
                Assert.Contains(column["type"]!.GetValue<string>(), new[] { "string", "integer", "decimal", "boolean", "date", "enum" });
                if (!column["nullable"]!.GetValue<bool>()) Assert.DoesNotContain(rows, r => r[c] == "");
                if (column["type"]!.GetValue<string>() != "enum") continue;
                var values = column["values"]!.AsArray().Select(v => v!["value"]!.GetValue<string>()).ToHashSet();
                Assert.All(column["values"]!.AsArray(), v => Assert.False(string.IsNullOrWhiteSpace(v!["description"]!.GetValue<string>())));
                Assert.All(rows, r => Assert.Contains(r[c], values));
                described++;
            }
        }
        Assert.True(described >= 10, "every enum column lists its values");

        var csv = await _client.GetAsync("/downloads/dictionary.csv");
        var (dictionaryHeader, dictionaryRows) = CsvText.Parse(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal(["table", "column", "type", "nullable", "description", "values"], dictionaryHeader);
        Assert.Equal(DownloadCatalog.Tables.Sum(t => t.Columns.Count), dictionaryRows.Count);
        Assert.Contains(dictionaryRows, r => r[0] == "observations" && r[1] == "qualifier" && r[5].Contains("LowerBound: A lower bound"));
    }

    [Fact]
    public async Task Downloads_carry_the_dataset_version_as_etag_and_revalidate_with_304()
    {
        var version = await DatasetVersionAsync();
        var first = await _client.GetAsync("/downloads/observations.csv");
        Assert.Equal($"W/\"{version}-{DownloadCatalog.Fingerprint}\"", first.Headers.ETag?.ToString());
        Assert.Equal(version, first.Headers.GetValues("X-Dataset-Version").Single());
        Assert.Contains(version, first.Content.Headers.ContentDisposition?.FileName);

        var again = new HttpRequestMessage(HttpMethod.Get, "/downloads/observations.csv");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await _client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, "/downloads/observations.json");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000\""));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task HEAD_gives_the_headers_without_the_body()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/downloads/areas.csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Csv_downloads_start_with_a_byte_order_mark_unless_bom_false()
    {
        var withBom = await _client.GetByteArrayAsync("/downloads/areas.csv");
        var without = await _client.GetByteArrayAsync("/downloads/areas.csv?bom=false");
        Assert.Equal(CsvText.Bom, withBom[..3]);
        Assert.Equal(withBom[3..], without);
        Assert.StartsWith("code,kind,name_en,name_vi,", CsvText.Decode(without));
        Assert.Contains("VNM,Country,Viet Nam,Việt Nam,", CsvText.Decode(without));
    }

    [Theory]
    [InlineData("/downloads/nope.csv")]
    [InlineData("/downloads/areas.xlsx")]
    public async Task An_unknown_file_is_404_with_the_list_of_files(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal("OD_DOWNLOAD_NOT_FOUND", FirstErrorCode(body));
        Assert.Contains("ranking-entries", body["errors"]![0]!["message"]!.GetValue<string>());
    }
}
