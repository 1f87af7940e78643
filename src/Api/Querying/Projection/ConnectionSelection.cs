using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;

namespace OpenData.Api.Querying;

/// <summary>
/// What a connection field's selection asks for: whether any page data (nodes, edges, pageInfo) is needed, whether
/// <c>totalCount</c> is, and the names of the node fields under <c>nodes</c> and <c>edges.node</c> (aliases resolved,
/// fragments merged, <c>@skip</c>/<c>@include</c> applied at every level).
/// </summary>
public sealed class ConnectionSelection
{
    public bool Page { get; init; } = true;
    public bool TotalCount { get; init; } = true;
    /// <summary>Node field names; null when unknown (then whole rows are loaded).</summary>
    public IReadOnlySet<string>? NodeFields { get; init; }

    /// <summary>Everything, whole rows: for callers without a GraphQL selection.</summary>
    public static ConnectionSelection Everything { get; } = new();

    public static ConnectionSelection FromContext(IResolveFieldContext context)
    {
        if (context.SubFields is not { } subFields) return Everything;
        var page = false;
        var totalCount = false;
        var nodeFields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, _) in subFields.Values)
        {
            switch (field.Name.StringValue)
            {
                case "nodes":
                    page = true;
                    Walk(context, field.SelectionSet, f => nodeFields.Add(f.Name.StringValue));
                    break;
                case "edges":
                    page = true;
                    Walk(context, field.SelectionSet, f =>
                    {
                        if (f.Name.StringValue == "node") Walk(context, f.SelectionSet, n => nodeFields.Add(n.Name.StringValue));
                    });
                    break;
                case "pageInfo":
                    page = true;
                    break;
                case "totalCount":
                    totalCount = true;
                    break;
            }
        }
        return new ConnectionSelection { Page = page, TotalCount = totalCount, NodeFields = nodeFields };
    }

    /// <summary>Calls <paramref name="onField"/> for each field of the selection set that will execute.</summary>
    public static void Walk(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, Action<GraphQLField> onField) =>
        Walk(context, selectionSet, onField, []);

    private static void Walk(IResolveFieldContext context, GraphQLSelectionSet? selectionSet, Action<GraphQLField> onField, HashSet<string> fragments)
    {
        if (selectionSet is null) return;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when Included(context, field.Directives):
                    onField(field);
                    break;
                case GraphQLFragmentSpread spread when Included(context, spread.Directives):
                    var name = spread.FragmentName.Name.StringValue;
                    if (fragments.Add(name) && context.Document.FindFragmentDefinition(spread.FragmentName.Name) is { } definition)
                        Walk(context, definition.SelectionSet, onField, fragments);
                    fragments.Remove(name);
                    break;
                case GraphQLInlineFragment inline when Included(context, inline.Directives):
                    Walk(context, inline.SelectionSet, onField, fragments);
                    break;
            }
        }
    }

    /// <summary><c>@skip(if:)</c> and <c>@include(if:)</c>, with literal or variable conditions.</summary>
    private static bool Included(IResolveFieldContext context, GraphQLDirectives? directives)
    {
        if (directives is null) return true;
        foreach (var directive in directives.Items)
        {
            var name = directive.Name.StringValue;
            if (name is not ("skip" or "include")) continue;
            var condition = directive.Arguments?.ValueFor("if") switch
            {
                GraphQLBooleanValue literal => literal.BoolValue,
                GraphQLVariable variable => context.Variables.ValueFor(variable.Name.Value, out var value) && value.Value is true,
                _ => false,
            };
            if (name == "skip" ? condition : !condition) return false;
        }
        return true;
    }
}
