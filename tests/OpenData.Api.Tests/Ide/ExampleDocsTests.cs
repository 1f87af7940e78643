using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenData.Api.Tests.Csv;
using OpenData.Data.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Ide;

/// <summary>
/// docs/examples.md is generated from ui/graphiql/examples and the API's real answers, and this test keeps it so:
/// it fails when an answer in the document is not what the API answers now. To rewrite the document, run
/// <c>OPENDATA_WRITE_EXAMPLES=1 dotnet test tests/OpenData.Api.Tests --filter FullyQualifiedName~ExampleDocs</c>.
/// </summary>
[Collection(FrontDoorCollection.Name)]
public sealed class ExampleDocsTests(FrontDoorApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string DocumentPath => Path.Combine(RepositoryPaths.Root, "docs", "examples.md");

    [Fact]
    public async Task The_examples_document_shows_each_examples_current_answer()
    {
        var expected = await GenerateAsync();
        if (Environment.GetEnvironmentVariable("OPENDATA_WRITE_EXAMPLES") == "1") await File.WriteAllTextAsync(DocumentPath, expected);
        var actual = File.Exists(DocumentPath) ? (await File.ReadAllTextAsync(DocumentPath)).ReplaceLineEndings("\n") : "";
        Assert.True(expected == actual,
            "docs/examples.md is not what the examples answer now; rewrite it with " +
            "OPENDATA_WRITE_EXAMPLES=1 dotnet test tests/OpenData.Api.Tests --filter FullyQualifiedName~ExampleDocs and review the diff.");
    }

    private async Task<string> GenerateAsync()
    {
        var version = (await BodyAsync(await _client.SendAsync(PostQuery("{ dataset { version } }"))))["data"]!["dataset"]!["version"]!.GetValue<string>();
        var doc = new StringBuilder();
        doc.Append($$"""
            # Example queries and their answers

            These are the examples that GraphiQL offers at `/graphql` (its **Examples** panel, and one tab each
            when it first opens), with the answers the API gives for dataset version `{{version}}`. The document
            is generated from [`ui/graphiql/examples/`](../ui/graphiql/examples/) by a test that fails when an
            answer here is no longer the API's (`ExampleDocsTests`; rewrite with
            `OPENDATA_WRITE_EXAMPLES=1 dotnet test tests/OpenData.Api.Tests --filter FullyQualifiedName~ExampleDocs`).
            Responses also carry `extensions` (cost and rate-limit budget), left out here.

            Run any of them from a shell, as JSON or as CSV (see the README's *CSV and downloads*):

            ```sh
            curl -s localhost:5000/graphql -H 'content-type: application/json' \
              --data-binary "$(jq -Rs '{query: .}' ui/graphiql/examples/01-vietnam-rankings.graphql)"
            curl -s -G localhost:5000/graphql --data-urlencode query@ui/graphiql/examples/04-egdi-history.graphql -d format=csv
            ```

            Every value names its source; cite it with its licence, and the dataset version.

            """.ReplaceLineEndings("\n"));

        string? audience = null;
        foreach (var file in ExampleQueryTests.Files)
        {
            var text = (await File.ReadAllTextAsync(Path.Combine(ExampleQueryTests.ExamplesFolder, file))).ReplaceLineEndings("\n");
            var comments = text.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()).ToList();
            var heading = comments[0].Split(" · ");
            if (heading[0] != audience)
            {
                audience = heading[0];
                doc.Append($"\n## {audience}\n");
            }
            doc.Append($"\n### {heading[1]}\n\n{string.Join(' ', comments.Skip(1))}\n\n");
            doc.Append($"[`{file}`](../ui/graphiql/examples/{file})\n\n```graphql\n{text.TrimEnd('\n')}\n```\n\n");
            var variablesFile = Path.Combine(ExampleQueryTests.ExamplesFolder, Path.ChangeExtension(file, ".json"));
            if (File.Exists(variablesFile))
                doc.Append($"Variables:\n\n```json\n{(await File.ReadAllTextAsync(variablesFile)).Trim()}\n```\n\n");

            var body = await ExampleQueryTests.RunAsync(_client, file);
            doc.Append($"Answer:\n\n```json\n{JsonSerializer.Serialize(body, Pretty).ReplaceLineEndings("\n")}\n```\n\n");

            var csv = await CsvAsync(text, variablesFile);
            doc.Append($"As CSV (`format=csv`):\n\n```csv\n{csv.TrimEnd('\n')}\n```\n");
        }
        return doc.ToString();
    }

    private async Task<string> CsvAsync(string query, string variablesFile)
    {
        var variables = File.Exists(variablesFile) ? "&variables=" + Encode(await File.ReadAllTextAsync(variablesFile)) : "";
        var response = await _client.SendAsync(Get($"query={Encode(query)}{variables}&format=csv&bom=false", accept: null));
        response.EnsureSuccessStatusCode();
        return CsvText.Decode(await response.Content.ReadAsByteArrayAsync()).Replace("\r\n", "\n");
    }
}
