using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Execution;
using OpenData.Api.Tests.Ide;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Execution;

/// <summary>
/// A cached document's variables, arguments and directives, coerced from its prepared operation, against what
/// graphql-dotnet's own validator gives for the same document and variables, on the API's schema: the same values from
/// the same places, the same errors.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class PreparedOperationTests(ApiFactory api)
{
    private const string Fragments = """
        query Areas($code: String!, $vi: Boolean!, $lang: Language = VI) {
          a: area(code: $code) { ...Names @include(if: $vi) ...Names }
          b: area(code: "WLD") { ... on Area @skip(if: $vi) { nameEn children { ...Names } } ...Series }
        }
        fragment Names on Area { code name(lang: $lang) other: name }
        fragment Series on Area { series(indicator: "DIGITAL_ECONOMY_GDP_SHARE") { value @include(if: true) } }
        """;

    private const string Filters = """
        query Filtered($w: AreaFilterInput, $o: [AreaSortInput!], $n: Int, $c: String) {
          areas(where: $w, order: $o, first: $n) { nodes { code } pageInfo { hasNextPage } }
          named: areas(where: { code: { eq: $c } }) { nodes { code } }
        }
        """;

    private const string Nodes = """
        query Nodes($id: ID!, $ids: [ID!]!, $t: String!) {
          node(id: $id) { id ... on Area { code parent { name(lang: EN) } } }
          nodes(ids: $ids) { id }
          __type(name: $t) { name fields(includeDeprecated: true) { name } }
          __typename
        }
        """;

    private const string TwoOperations = """
        query First { dataset { version } }
        query Second($c: String!) { area(code: $c) { code } }
        """;

    public static TheoryData<string, string, string, bool> Cases() => new()
    {
        { "small", """query Area($code: String!) { area(code: $code) { id code kind name nameVi } }""", """{"code":"VNM"}""", true },
        { "fragments, directives", Fragments, """{"code":"VNM","vi":true}""", true },
        { "fragments, directives, the other way", Fragments, """{"code":"VNM","vi":false,"lang":"EN"}""", true },
        { "input objects and lists", Filters, """{"w":{"code":{"eq":"VNM"},"or":[{"kind":{"eq":"COUNTRY"}}]},"o":[{"nameEn":"DESC"}],"n":3,"c":"VNM"}""", true },
        { "nullable variables left out", Filters, "{}", true },
        { "interface fragment, list, introspection", Nodes, """{"id":"QXJlYTox","ids":"QXJlYTox","t":"Area"}""", true },
        { "the second of two operations", TwoOperations, """{"c":"VNM"}""", true },
        { "a string variable given a number", """query($code: String!) { area(code: $code) { code } }""", """{"code":5}""", false },
        { "a required variable left out", """query($code: String!) { area(code: $code) { code } }""", "{}", false },
        { "an unknown enum value", Fragments, """{"code":"VNM","vi":true,"lang":"XX"}""", false },
        { "null for a defaulted variable in a non-null place", Fragments, """{"code":"VNM","vi":true,"lang":null}""", false },
        { "an unknown input field", Filters, """{"w":{"nope":1}}""", false },
        { "an integer variable given text", Filters, """{"n":"three"}""", false },
    };

    private ISchema Schema
    {
        get
        {
            var schema = api.Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Coerces_what_graphql_dotnets_validator_coerces(string name, string query, string variables, bool valid)
    {
        var document = new GraphQLDocumentBuilder().Build(query);
        var inputs = new GraphQLSerializer().Deserialize<Inputs>(variables)!;
        var expected = await new DocumentValidator().ValidateAsync(Options(document, inputs, []));
        Assert.Equal(valid, expected.IsValid);
        var cached = new CachedDocumentValidator(new DocumentValidator());

        // Twice: the second request's variables are coerced by the context the first one left with the operation.
        for (var request = 1; request <= 2; request++)
        {
            var actual = await cached.ValidateAsync(Options(document, inputs, new CachedDocumentValidator.Rules([])));
            Assert.Equal($"{name}\n{Print(expected)}", $"{name}\n{Print(actual)}");
        }
    }

    [Fact]
    public async Task Coerces_each_requests_own_variables_after_another_requests_error()
    {
        var document = new GraphQLDocumentBuilder().Build(Fragments);
        var cached = new CachedDocumentValidator(new DocumentValidator());
        foreach (var variables in new[] { """{"code":"VNM","vi":true}""", """{"code":"VNM","vi":true,"lang":"XX"}""", """{"code":"HN","vi":false,"lang":"EN"}""" })
        {
            var inputs = new GraphQLSerializer().Deserialize<Inputs>(variables)!;
            var expected = Print(await new DocumentValidator().ValidateAsync(Options(document, inputs, [])));
            Assert.Equal(expected, Print(await cached.ValidateAsync(Options(document, inputs, new CachedDocumentValidator.Rules([])))));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Coerces_the_ides_examples_as_graphql_dotnet_does(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(ExampleQueryTests.ExamplesFolder, file));
        var variablesFile = Path.Combine(ExampleQueryTests.ExamplesFolder, Path.ChangeExtension(file, ".json"));
        var inputs = File.Exists(variablesFile)
            ? new GraphQLSerializer().Deserialize<Inputs>(await File.ReadAllTextAsync(variablesFile))!
            : Inputs.Empty;
        var document = new GraphQLDocumentBuilder().Build(query);
        var expected = await new DocumentValidator().ValidateAsync(Options(document, inputs, []));
        Assert.True(expected.IsValid);

        var actual = await new CachedDocumentValidator(new DocumentValidator()).ValidateAsync(Options(document, inputs, new CachedDocumentValidator.Rules([])));
        Assert.Equal(Print(expected), Print(actual));
    }

    public static TheoryData<string> Examples() => ExampleQueryTests.Examples();

    [Fact]
    public async Task The_small_query_finds_its_argument_from_the_variable()
    {
        var document = new GraphQLDocumentBuilder().Build("query($code: String!) { area(code: $code) { code } }");
        var inputs = new GraphQLSerializer().Deserialize<Inputs>("""{"code":"VNM"}""")!;

        var result = await new CachedDocumentValidator(new DocumentValidator()).ValidateAsync(Options(document, inputs, new CachedDocumentValidator.Rules([])));

        var (field, arguments) = Assert.Single(result.ArgumentValues!);
        Assert.Equal("area", field.Name.StringValue);
        Assert.Equal("VNM", arguments["code"].Value);
        Assert.Equal(ArgumentSource.Variable, arguments["code"].Source);
    }

    private ValidationOptions Options(GraphQLDocument document, Inputs variables, IEnumerable<IValidationRule> rules) => new()
    {
        Schema = Schema,
        Document = document,
        // The last operation, as an operationName naming it would select.
        Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Last(),
        Rules = rules,
        Variables = variables,
        Extensions = Inputs.Empty,
        UserContext = new Dictionary<string, object?>(),
        Metrics = Metrics.None,
    };

    /// <summary>Everything a validation result hands to execution, as text: nodes by their place in the document.</summary>
    private static string Print(IValidationResult result)
    {
        var text = new StringBuilder();
        text.AppendLine($"valid: {result.IsValid}");
        foreach (var error in result.Errors)
            text.AppendLine($"error {error.Code}: {error.Message} at {string.Join(";", error.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? [])}");
        foreach (var variable in result.Variables ?? Variables.None)
            text.AppendLine($"variable {variable.Name} = {Value(variable.Value)} (default: {variable.IsDefault}, given: {variable.ValueSpecified})");
        foreach (var (field, arguments) in (result.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>()).OrderBy(a => a.Key.Location.Start))
            text.AppendLine($"arguments at {field.Location.Start} {field.Name.StringValue}: {Arguments(arguments)}");
        foreach (var (node, directives) in (result.DirectiveValues ?? new Dictionary<ASTNode, IDictionary<string, DirectiveInfo>>()).OrderBy(d => d.Key.Location.Start))
            text.AppendLine($"directives at {node.Location.Start}: {string.Join(", ", directives.Select(d => $"@{d.Key}({Arguments(d.Value.Arguments)})"))}");
        return text.ToString();
    }

    private static string Arguments(IDictionary<string, ArgumentValue> arguments) =>
        string.Join(", ", arguments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key} = {Value(a.Value.Value)} ({a.Value.Source})"));

    private static string Value(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        IDictionary<string, object?> d => "{" + string.Join(", ", d.Select(p => $"{p.Key}: {Value(p.Value)}")) + "}",
        IEnumerable e => "[" + string.Join(", ", e.Cast<object?>().Select(Value)) + "]",
        _ => $"{value.GetType().Name} {Convert.ToString(value, CultureInfo.InvariantCulture)}",
    };
}
