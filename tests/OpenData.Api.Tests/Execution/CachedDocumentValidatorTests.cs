using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using OpenData.Api.Execution;

namespace OpenData.Api.Tests.Execution;

/// <summary>The walk-free validation of cached documents, on a schema of its own.</summary>
public sealed class CachedDocumentValidatorTests
{
    private static readonly ISchema Schema = CreateSchema();
    private static readonly CachedDocumentValidator Validator = new(new DocumentValidator());

    private static ISchema CreateSchema()
    {
        var schema = GraphQL.Types.Schema.For("type Query { hello(name: String!): String }");
        schema.Initialize();
        return schema;
    }

    /// <summary>Reports an error before, and records what it saw after, the argument values are parsed.</summary>
    private sealed class RecordingRule(bool failBefore = false, bool visitNodes = false) : ValidationRuleBase
    {
        public IDictionary<string, ArgumentValue>? SeenArguments;

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            if (failBefore) context.ReportError(new ValidationError("refused before") { Code = "BEFORE" });
            return new(visitNodes ? new MatchingNodeVisitor<GraphQLField>((_, _) => { }) : null);
        }

        public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
        {
            SeenArguments = context.ArgumentValues?.Values.SingleOrDefault();
            return default;
        }
    }

    private static Task<IValidationResult> ValidateAsync(string query, Inputs variables, IEnumerable<IValidationRule>? rules)
    {
        var document = new GraphQLDocumentBuilder().Build(query);
        return Validator.ValidateAsync(new ValidationOptions
        {
            Schema = Schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = rules,
            Variables = variables,
            Extensions = Inputs.Empty,
            UserContext = new Dictionary<string, object?>(),
            Metrics = Metrics.None,
        });
    }

    private static Inputs Name(object? value) => new Dictionary<string, object?> { ["n"] = value }.ToInputs();

    [Fact]
    public async Task Variables_are_still_coerced_and_arguments_parsed_and_handed_to_the_rules_after()
    {
        var rule = new RecordingRule();
        var result = await ValidateAsync("query($n: String!) { hello(name: $n) }", Name("Hà Nội"), new CachedDocumentValidator.Rules([rule]));

        Assert.True(result.IsValid);
        Assert.Equal("Hà Nội", result.Variables!.ValueFor("n", out var value) ? value.Value : null);
        Assert.Equal("Hà Nội", rule.SeenArguments!["name"].Value);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_still_refused()
    {
        var rule = new RecordingRule();
        var result = await ValidateAsync("query($n: String!) { hello(name: $n) }", Name(null), new CachedDocumentValidator.Rules([rule]));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Message.Contains("$n"));
        Assert.Null(rule.SeenArguments); // the rules after arguments are not asked once the variables failed
    }

    [Fact]
    public async Task A_rule_that_refuses_before_stops_validation_with_its_error()
    {
        var result = await ValidateAsync("{ hello(name: \"x\") }", Inputs.Empty, new CachedDocumentValidator.Rules([new RecordingRule(failBefore: true)]));

        Assert.Equal("BEFORE", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_rule_that_visits_nodes_cannot_run_without_the_walk()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            ValidateAsync("{ hello(name: \"x\") }", Inputs.Empty, new CachedDocumentValidator.Rules([new RecordingRule(visitNodes: true)])));
        Assert.Contains(nameof(RecordingRule), error.Message);
    }

    [Fact]
    public async Task Any_other_rule_set_gets_graphql_dotnets_full_validation()
    {
        var result = await ValidateAsync("{ nope }", Inputs.Empty, rules: null);

        Assert.Contains(result.Errors, e => e.Message.Contains("nope"));
    }
}
