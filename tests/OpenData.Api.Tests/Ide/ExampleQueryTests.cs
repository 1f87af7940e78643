using System.Net;
using System.Text.Json.Nodes;
using OpenData.Api.Tests.Csv;
using OpenData.Data.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Ide;

/// <summary>The example queries GraphiQL offers (ui/graphiql/examples) run, and answer what docs/examples.md says.</summary>
[Collection(FrontDoorCollection.Name)]
public sealed class ExampleQueryTests(FrontDoorApi api)
{
    private readonly HttpClient _client = api.CreateClient();

    public static string ExamplesFolder => Path.Combine(RepositoryPaths.Root, "ui", "graphiql", "examples");

    public static IReadOnlyList<string> Files { get; } =
        Directory.GetFiles(ExamplesFolder, "*.graphql").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Examples() => [.. Files];

    /// <summary>The example's answer, as the API gives it with <c>application/json</c>, without <c>extensions</c>.</summary>
    public static async Task<JsonObject> RunAsync(HttpClient client, string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(ExamplesFolder, file));
        var variablesFile = Path.Combine(ExamplesFolder, Path.ChangeExtension(file, ".json"));
        var variables = File.Exists(variablesFile) ? JsonNode.Parse(await File.ReadAllTextAsync(variablesFile)) : null;
        var response = await client.SendAsync(PostQuery(query, variables, Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        body.Remove("extensions");
        return body;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Each_example_runs_without_errors_and_finds_data(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(ExamplesFolder, file));
        Assert.Matches(@"^# [^·\n]+ · [^\n]+\n# ", text); // "# <audience> · <title>", then a description
        var body = await RunAsync(_client, file);
        Assert.Null(body["errors"]);
        Assert.DoesNotContain("null", body["data"]!.AsObject().Select(p => p.Value?.ToJsonString() ?? "null"));
    }

    [Fact]
    public async Task The_first_example_answers_with_viet_nams_egdi_rank()
    {
        var body = await RunAsync(_client, Files[0]);
        var egdi = body["data"]!["area"]!["latestRankings"]!.AsArray().Single(e => e!["edition"]!["index"]!["code"]!.GetValue<string>() == "EGDI");
        Assert.Equal(71, egdi!["rank"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_examples_cover_journalists_developers_and_universities()
    {
        var audiences = Directory.GetFiles(ExamplesFolder, "*.graphql")
            .Select(f => File.ReadLines(f).First()[2..].Split(" · ")[0]).ToHashSet();
        Assert.Superset(new HashSet<string> { "Journalists", "Developers", "Universities" }, audiences);
    }
}
