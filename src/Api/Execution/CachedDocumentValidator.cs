using System.Collections;
using System.Runtime.CompilerServices;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace OpenData.Api.Execution;

/// <summary>
/// Validates a document from the <see cref="DocumentCache"/> without walking it. graphql-dotnet's
/// <see cref="DocumentValidator"/> walks the whole document with a <see cref="TypeInfo"/> whenever it is given any
/// rule, even when no rule asks to visit a node, then walks the operation twice more on every request: once to list
/// the variables' usages, once to parse the arguments. A cached document passed every rule once, and the rules that
/// depend on the request (its method, the operation it selects, its cost) read the context, not the nodes. So for
/// such a document the request's rules are called in graphql-dotnet's order (before, then after with the argument
/// values), and between them the variables, arguments and directives are coerced by graphql-dotnet's functions at
/// the places its walks found once for the operation (<see cref="PreparedOperation"/>). Without the rules' walk an
/// uncached small query took 164–167 µs of CPU instead of 183; without the other two, 117–129 instead of 143–164
/// (docs/decisions.md).
/// </summary>
public sealed class CachedDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    /// <summary>The rules to run on a cached document; no rule may visit nodes.</summary>
    public sealed class Rules(IValidationRule[] rules) : IEnumerable<IValidationRule>
    {
        public IEnumerator<IValidationRule> GetEnumerator() => ((IEnumerable<IValidationRule>)rules).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private readonly ConditionalWeakTable<GraphQLOperationDefinition, PreparedOperation> _prepared = new();

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options) =>
        options.Rules is Rules rules && Prepared(options) is { } prepared
            ? ValidateCachedAsync(options, rules, prepared)
            : inner.ValidateAsync(options);

    private async Task<IValidationResult> ValidateCachedAsync(ValidationOptions options, Rules rules, PreparedOperation prepared)
    {
        options.Schema.Initialize();
        var context = new ValidationContext
        {
            Schema = options.Schema,
            Document = options.Document,
            Operation = options.Operation,
            TypeInfo = new TypeInfo(options.Schema),
            UserContext = options.UserContext,
            Metrics = options.Metrics,
            Variables = options.Variables,
            Extensions = options.Extensions,
            RequestServices = options.RequestServices,
            User = options.User,
            CancellationToken = options.CancellationToken,
        };
        foreach (var rule in rules)
        {
            Refuse(await rule.GetPreNodeVisitorAsync(context), rule);
            Refuse(await rule.GetVariableVisitorAsync(context), rule);
        }
        if (context.HasErrors) return new ValidationResult(context.Errors);

        var variables = await prepared.CoerceAsync(context);
        if (!context.HasErrors)
            foreach (var rule in rules) Refuse(await rule.GetPostNodeVisitorAsync(context), rule);
        return new ValidationResult(context.Errors)
        {
            Variables = variables,
            ArgumentValues = context.ArgumentValues,
            DirectiveValues = context.DirectiveValues,
        };
    }

    /// <summary>The operation's prepared form, made on its first cached validation; kept while its document lives.</summary>
    private PreparedOperation? Prepared(in ValidationOptions options)
    {
        if (options.Operation is not { } operation) return null;
        if (!_prepared.TryGetValue(operation, out var prepared) || prepared.Schema != options.Schema || prepared.Document != options.Document)
        {
            prepared = PreparedOperation.Prepare(options.Schema, options.Document, operation);
            _prepared.AddOrUpdate(operation, prepared);
        }
        return prepared;
    }

    private static void Refuse(object? visitor, IValidationRule rule)
    {
        if (visitor is not null)
            throw new InvalidOperationException($"{rule.GetType().Name} visits nodes, so it cannot run on a cached document without a walk.");
    }
}
