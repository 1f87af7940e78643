using System.Collections;
using GraphQL;
using GraphQLParser.AST;

namespace OpenData.Api.Querying;

/// <summary>
/// Reads the <c>order</c> argument with each item's fields in the order the client wrote them. graphql-dotnet's
/// parsed input objects follow the type's field order, so the order is taken from the document (literals) or from
/// the request's raw variables (JSON order), and the values from the parsed argument.
/// </summary>
public static class SortArgument
{
    public static IReadOnlyList<SortItem>? FromContext(IResolveFieldContext context, string argument = "order")
    {
        if (context.Arguments is null || !context.Arguments.TryGetValue(argument, out var parsed) || parsed.Value is null) return null;
        var (ast, raw) = Resolve(context, context.FieldAst.Arguments?.ValueFor(argument), null);
        var items = parsed.Value is IDictionary<string, object?> one ? [one] : ((IEnumerable)parsed.Value).Cast<IDictionary<string, object?>>().ToList();
        var astItems = ast switch { GraphQLListValue list => list.Values ?? [], GraphQLValue value => [value], _ => [] };
        var rawItems = raw switch { IDictionary<string, object?> d => [d], IEnumerable list and not string => list.Cast<object?>().ToList(), _ => [] };
        return items.Select((item, i) => Item(context, item, i < astItems.Count ? astItems[i] : null, i < rawItems.Count ? rawItems[i] : null)).ToArray();
    }

    private static SortItem Item(IResolveFieldContext context, IDictionary<string, object?> parsed, GraphQLValue? ast, object? raw)
    {
        (ast, raw) = Resolve(context, ast, raw);
        IEnumerable<string> written = ast is GraphQLObjectValue obj ? (obj.Fields ?? []).Select(f => f.Name.StringValue)
            : raw is IDictionary<string, object?> rawObject ? rawObject.Keys
            : parsed.Keys;
        var order = written.Where(parsed.ContainsKey).Distinct().ToList();
        order.AddRange(parsed.Keys.Where(k => !order.Contains(k)));
        return new SortItem(order.Select(name =>
        {
            var value = parsed[name];
            if (value is IDictionary<string, object?> nested)
                value = Item(context, nested, (ast as GraphQLObjectValue)?.Field(name)?.Value, raw is IDictionary<string, object?> rawFields && rawFields.TryGetValue(name, out var rawValue) ? rawValue : null);
            return KeyValuePair.Create(name, value);
        }));
    }

    /// <summary>Follows a variable to its raw request value, or to its default value in the operation.</summary>
    private static (GraphQLValue? Ast, object? Raw) Resolve(IResolveFieldContext context, GraphQLValue? ast, object? raw)
    {
        if (ast is not GraphQLVariable variable) return (ast, raw);
        var name = variable.Name.StringValue;
        if (context.ExecutionContext.ExecutionOptions.Variables is { } variables && variables.TryGetValue(name, out var value)) return (null, value);
        var definition = context.Operation.Variables?.Items.FirstOrDefault(v => v.Variable.Name.StringValue == name);
        return (definition?.DefaultValue, null);
    }
}
