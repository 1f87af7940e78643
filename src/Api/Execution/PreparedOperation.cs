using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.ObjectPool;

namespace OpenData.Api.Execution;

/// <summary>
/// What graphql-dotnet's validator finds by walking an operation again on every request, found once for an operation
/// of a cached document: the fields given arguments, with their definitions, and the nodes carrying directives, in the
/// order graphql-dotnet's argument parser reaches them. What depends on the request, the values, is still coerced by
/// graphql-dotnet's own functions: the variables by <see cref="ValidationContext.GetVariablesValuesAsync"/>, the
/// arguments and directives by <see cref="ExecutionHelper"/>.
/// </summary>
public sealed class PreparedOperation
{
    /// <summary>A node with directives (<see cref="Field"/> null), or a field with arguments and its definition.</summary>
    private readonly record struct Site(IHasDirectivesNode? Directives, GraphQLField? Field, FieldType? Definition);

    private readonly Site[] _sites;

    /// <summary>
    /// Contexts that coerce this operation's variables. graphql-dotnet lists an operation's variable usages (a walk with
    /// its type tracker) the first time a context coerces its variables, and keeps the list in that context; one kept
    /// with the operation walks once. Between requests they hold only what the document alone decides.
    /// </summary>
    private readonly ObjectPool<ValidationContext> _coercers;

    private PreparedOperation(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Site[] sites)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        _sites = sites;
        _coercers = new DefaultObjectPool<ValidationContext>(new CoercerPolicy(this), Environment.ProcessorCount);
    }

    public ISchema Schema { get; }
    public GraphQLDocument Document { get; }
    public GraphQLOperationDefinition Operation { get; }

    public static PreparedOperation Prepare(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation) =>
        new(schema, document, operation, new SiteFinder(schema, document).Find(operation));

    /// <summary>
    /// Coerces the request's variables, then its arguments and directives, as graphql-dotnet's validator does after its
    /// rules' walk: errors are reported to <paramref name="context"/> (a variable error stops before the arguments), and
    /// the values found are set on it for the rules that run after.
    /// </summary>
    public async ValueTask<Variables> CoerceAsync(ValidationContext context)
    {
        var coercer = _coercers.Get();
        coercer.Variables = context.Variables;
        (Variables variables, List<ValidationError>? errors) coerced;
        try
        {
            coerced = await coercer.GetVariablesValuesAsync();
        }
        finally
        {
            _coercers.Return(coercer);
        }
        if (coerced.errors is not null)
        {
            foreach (var error in coerced.errors) context.ReportError(error);
            return coerced.variables;
        }

        foreach (var site in _sites)
        {
            try
            {
                if (site.Field is null)
                {
                    if (ExecutionHelper.GetDirectives(site.Directives!, coerced.variables, Schema, Document) is { } directives)
                        (context.DirectiveValues ??= []).Add((ASTNode)site.Directives!, directives);
                }
                else if (ExecutionHelper.GetArguments(site.Definition!.Arguments, site.Field.Arguments, coerced.variables, Document, site.Field, null) is { } arguments)
                {
                    (context.ArgumentValues ??= []).Add(site.Field, arguments);
                }
            }
            catch (ValidationError error)
            {
                context.ReportError(error);
            }
        }
        return coerced.variables;
    }

    private sealed class CoercerPolicy(PreparedOperation owner) : IPooledObjectPolicy<ValidationContext>
    {
        public ValidationContext Create() => new() { Schema = owner.Schema, Document = owner.Document, Operation = owner.Operation };

        public bool Return(ValidationContext coercer)
        {
            coercer.Variables = null!; // the request's inputs are not kept
            return true;
        }
    }

    /// <summary>
    /// Walks an operation and the fragments it spreads (each once) as graphql-dotnet's argument parser does, keeping the
    /// same type at each step: a field's definition is looked up on the innermost object or interface type, a union's
    /// selections are read against the type around it, and a node that the schema cannot type is left out.
    /// </summary>
    private sealed class SiteFinder(ISchema schema, GraphQLDocument document)
    {
        private readonly List<Site> _sites = [];
        private readonly HashSet<string> _visitedFragments = [];

        public Site[] Find(GraphQLOperationDefinition operation)
        {
            AddDirectives(operation);
            IComplexGraphType? root = operation.Operation switch
            {
                OperationType.Query => schema.Query,
                OperationType.Mutation => schema.Mutation,
                OperationType.Subscription => schema.Subscription,
                _ => null,
            };
            if (root is null) return [.. _sites];
            if (operation.Variables is { } variables)
                foreach (var variable in variables.Items) AddDirectives(variable);
            Selections(operation.SelectionSet, root);
            return [.. _sites];
        }

        private void AddDirectives(IHasDirectivesNode node)
        {
            if (node.Directives is { Count: > 0 }) _sites.Add(new Site(node, null, null));
        }

        private void Selections(GraphQLSelectionSet? selectionSet, IComplexGraphType? type)
        {
            if (selectionSet is null) return;
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Field(field, type);
                        break;
                    case GraphQLInlineFragment inline:
                        AddDirectives(inline);
                        if (inline.TypeCondition is null) Selections(inline.SelectionSet, type);
                        else Conditioned(inline.TypeCondition, inline.SelectionSet, type);
                        break;
                    case GraphQLFragmentSpread spread:
                        AddDirectives(spread);
                        if (_visitedFragments.Add(spread.FragmentName.Name.StringValue)
                            && document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment)
                        {
                            AddDirectives(fragment);
                            Conditioned(fragment.TypeCondition, fragment.SelectionSet, type);
                        }
                        break;
                }
            }
        }

        private void Conditioned(GraphQLTypeCondition condition, GraphQLSelectionSet selectionSet, IComplexGraphType? around)
        {
            switch (schema.AllTypes[condition.Type.Name.Value]?.GetNamedType())
            {
                case IComplexGraphType complex:
                    Selections(selectionSet, complex);
                    break;
                case IAbstractGraphType:
                    Selections(selectionSet, around);
                    break;
            }
        }

        private void Field(GraphQLField field, IComplexGraphType? type)
        {
            AddDirectives(field);
            var name = field.Name.Value;
            var definition = name == schema.TypeMetaFieldType.Name ? schema.TypeMetaFieldType
                : name == schema.TypeNameMetaFieldType.Name ? schema.TypeNameMetaFieldType
                : name == schema.SchemaMetaFieldType.Name ? schema.SchemaMetaFieldType
                : type?.Fields.Find(name);
            if (definition is null) return;
            if (field.Arguments is { Count: > 0 }) _sites.Add(new Site(null, field, definition));
            switch (definition.ResolvedType?.GetNamedType())
            {
                case IComplexGraphType complex:
                    Selections(field.SelectionSet, complex);
                    break;
                case UnionGraphType:
                    Selections(field.SelectionSet, type);
                    break;
            }
        }
    }
}
