using GraphQLParser.AST;

namespace OpenData.Api.Limits;

/// <summary>
/// The size of a parsed document's operations, measured before validation so that a document over a limit costs
/// no more than one linear walk: each fragment is measured once and reused at every spread (so a fragment "bomb"
/// — fragments spreading each other twice, 2^n fields in a few hundred characters — is counted, not expanded).
/// Fragment cycles and unknown fragments count as empty here; validation reports them.
/// <c>@skip</c>/<c>@include</c> are not applied: everything written counts.
/// </summary>
public sealed class DocumentShape
{
    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    /// <summary>Deepest field nesting over the operations (a root field is 1).</summary>
    public int Depth { get; private set; }
    /// <summary>Most field selections in one operation, fragments expanded (saturates at double precision).</summary>
    public double Fields { get; private set; }
    /// <summary>Most aliased fields in one operation, fragments expanded.</summary>
    public double Aliases { get; private set; }
    /// <summary>Most distinct response keys at the root of one operation.</summary>
    public int RootFields { get; private set; }
    /// <summary>Deepest nesting of fields/inputFields/interfaces/possibleTypes under __schema or __type.</summary>
    public int IntrospectionDepth { get; private set; }

    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<GraphQLFragmentDefinition, Measure?> _measured = [];

    public static DocumentShape Of(GraphQLDocument document)
    {
        var shape = new DocumentShape();
        foreach (var definition in document.Definitions)
            if (definition is GraphQLFragmentDefinition fragment)
                shape._fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);

        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            var measure = shape.MeasureSet(operation.SelectionSet);
            shape.Depth = Math.Max(shape.Depth, measure.Depth);
            shape.Fields = Math.Max(shape.Fields, measure.Fields);
            shape.Aliases = Math.Max(shape.Aliases, measure.Aliases);
            var roots = new HashSet<string>(StringComparer.Ordinal);
            shape.CollectRoots(operation.SelectionSet, roots, []);
            shape.RootFields = Math.Max(shape.RootFields, roots.Count);
            shape.IntrospectionDepth = Math.Max(shape.IntrospectionDepth, shape.MeasureIntrospection(operation.SelectionSet));
        }
        return shape;
    }

    private readonly record struct Measure(int Depth, double Fields, double Aliases, int IntrospectionLists);

    private Measure MeasureSet(GraphQLSelectionSet? set)
    {
        if (set is null) return default;
        int depth = 0, lists = 0;
        double fields = 0, aliases = 0;
        foreach (var selection in set.Selections)
        {
            Measure inner;
            switch (selection)
            {
                case GraphQLField field:
                    var child = MeasureSet(field.SelectionSet);
                    var isList = IntrospectionLists.Contains(field.Name.StringValue) ? 1 : 0;
                    inner = new Measure(child.Depth + 1, child.Fields + 1, child.Aliases + (field.Alias is null ? 0 : 1), child.IntrospectionLists + isList);
                    break;
                case GraphQLInlineFragment inline:
                    inner = MeasureSet(inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread:
                    inner = MeasureFragment(spread.FragmentName.Name.StringValue);
                    break;
                default:
                    continue;
            }
            depth = Math.Max(depth, inner.Depth);
            lists = Math.Max(lists, inner.IntrospectionLists);
            fields += inner.Fields;
            aliases += inner.Aliases;
        }
        return new Measure(depth, fields, aliases, lists);
    }

    private Measure MeasureFragment(string name)
    {
        if (!_fragments.TryGetValue(name, out var fragment)) return default;
        if (_measured.TryGetValue(fragment, out var known)) return known ?? default; // null: on the current path (a cycle)
        _measured[fragment] = null;
        var measure = MeasureSet(fragment.SelectionSet);
        _measured[fragment] = measure;
        return measure;
    }

    private void CollectRoots(GraphQLSelectionSet set, HashSet<string> keys, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    keys.Add((field.Alias?.Name ?? field.Name).StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    CollectRoots(inline.SelectionSet, keys, visited);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (visited.Add(name) && _fragments.TryGetValue(name, out var fragment))
                        CollectRoots(fragment.SelectionSet, keys, visited);
                    break;
            }
        }
    }

    private int MeasureIntrospection(GraphQLSelectionSet set)
    {
        var deepest = 0;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField { Name.StringValue: "__schema" or "__type" } field:
                    deepest = Math.Max(deepest, MeasureSet(field.SelectionSet).IntrospectionLists);
                    break;
                case GraphQLInlineFragment inline:
                    deepest = Math.Max(deepest, MeasureIntrospection(inline.SelectionSet));
                    break;
                case GraphQLFragmentSpread spread:
                    if (_fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && !_introspectionVisited.Contains(fragment))
                    {
                        _introspectionVisited.Add(fragment);
                        deepest = Math.Max(deepest, MeasureIntrospection(fragment.SelectionSet));
                    }
                    break;
            }
        }
        return deepest;
    }

    private readonly HashSet<GraphQLFragmentDefinition> _introspectionVisited = [];
}
