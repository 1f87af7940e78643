using System.Collections;
using System.Linq.Expressions;
using GraphQL;
using OpenData.Api.Errors;

namespace OpenData.Api.Querying;

/// <summary>
/// Turns a parsed <c>where</c> value (the dictionaries graphql-dotnet gives for input objects) into one predicate.
/// Fields of one input combine with AND; <c>and</c>/<c>or</c> lists combine their items; each operator is translated
/// by its <see cref="FilterOperationHandler"/>; to-one relations become joins, to-many ones EXISTS subqueries.
/// A field given as <c>null</c> is ignored (no condition), as in HotChocolate; <c>eq: null</c> is IS NULL.
/// </summary>
public static class FilterTranslator
{
    /// <summary>The predicate for <paramref name="where"/>, or null when it sets no condition.</summary>
    public static Expression<Func<T, bool>>? Translate<T>(IQueryDescriptor descriptor, IDictionary<string, object?>? where, QueryingOptions options)
    {
        if (where is null) return null;
        if (descriptor.EntityType != typeof(T)) throw new ArgumentException($"Descriptor '{descriptor.Name}' is for {descriptor.EntityType.Name}, not {typeof(T).Name}.");
        var root = Expression.Parameter(typeof(T), "x");
        var body = Translate(descriptor, where, root, options, "where", 0);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, root);
    }

    private static Expression? Translate(IQueryDescriptor descriptor, IDictionary<string, object?> input, Expression instance, QueryingOptions options, string path, int depth)
    {
        Expression? result = null;
        foreach (var (name, value) in input)
        {
            if (value is null) continue;
            var condition = name switch
            {
                "and" => Combine(Items(value).Select((item, i) => Translate(descriptor, item, instance, options, $"{path}.and[{i}]", depth)), Expression.AndAlso, true),
                "or" => Combine(Items(value).Select((item, i) => Translate(descriptor, item, instance, options, $"{path}.or[{i}]", depth)), Expression.OrElse, false),
                _ => Field(descriptor, name, (IDictionary<string, object?>)value, instance, options, $"{path}.{name}", depth),
            };
            if (condition is not null) result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result;
    }

    private static Expression? Field(IQueryDescriptor descriptor, string name, IDictionary<string, object?> value, Expression instance, QueryingOptions options, string path, int depth)
    {
        var field = descriptor.FilterFields.FirstOrDefault(f => f.Name == name)
            ?? throw new ExecutionError($"{path}: {descriptor.Name} has no filter field '{name}'.") { Code = ErrorCodes.InvalidFilter };
        var member = ParameterReplacer.Apply(field.Member, instance);
        switch (field)
        {
            case ScalarFilterField scalar:
                return Operations(scalar.Input, value, member, options, path);
            case RelationFilterField relation:
                var nested = Translate(relation.Target, value, member, options, path, depth);
                return nested is null ? null : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), nested);
            case ListFilterField list:
                return ListOperations(descriptor.Convention, list.Target, value, member, options, path, depth);
            default:
                throw new InvalidOperationException($"Unknown filter field kind {field.GetType().Name}.");
        }
    }

    private static Expression? Operations(OperationFilterInput input, IDictionary<string, object?> operations, Expression member, QueryingOptions options, string path)
    {
        var mode = input.HasMatchMode && operations.TryGetValue(OperationFilterInput.ModeField, out var m) && m is StringMatchMode given ? given : StringMatchMode.Exact;
        Expression? result = null;
        foreach (var (name, value) in operations)
        {
            if (input.HasMatchMode && name == OperationFilterInput.ModeField) continue;
            var context = new FilterOperationContext(options, $"{path}.{name}", mode);
            var handler = input.Find(name) ?? throw context.Invalid($"{input.TypeName} has no operator '{name}'.");
            if (value is null && !handler.AcceptsNull) throw context.Invalid($"null is not a value for '{name}'; leave the operator out instead.");
            var condition = handler.Handle(context, member, value);
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result;
    }

    private static Expression? ListOperations(FilterConvention convention, IQueryDescriptor target, IDictionary<string, object?> operations, Expression collection, QueryingOptions options, string path, int depth)
    {
        Expression? result = null;
        foreach (var (name, value) in operations)
        {
            var context = new FilterOperationContext(options, $"{path}.{name}", StringMatchMode.Exact);
            var handler = convention.ListHandlers.FirstOrDefault(h => h.Name == name) ?? throw context.Invalid($"no list operator '{name}'.");
            if (value is null) throw context.Invalid($"null is not a value for '{name}'; leave the operator out instead.");
            LambdaExpression? predicate = null;
            if (handler.Operand == FilterOperand.Filter)
            {
                var element = Expression.Parameter(target.EntityType, $"e{depth + 1}");
                var body = Translate(target, (IDictionary<string, object?>)value, element, options, $"{path}.{name}", depth + 1);
                predicate = body is null ? null : Expression.Lambda(body, element);
            }
            var condition = handler.Handle(context, collection, target.EntityType, value, predicate);
            result = result is null ? condition : Expression.AndAlso(result, condition);
        }
        return result;
    }

    private static IEnumerable<IDictionary<string, object?>> Items(object value) =>
        value is IDictionary<string, object?> single ? [single] : ((IEnumerable)value).Cast<IDictionary<string, object?>>();

    /// <summary>AND or OR of the items' conditions; an item without conditions is true. An empty <c>and</c> is true, an empty <c>or</c> false.</summary>
    private static Expression? Combine(IEnumerable<Expression?> items, Func<Expression, Expression, BinaryExpression> combine, bool isAnd)
    {
        var list = items.ToList();
        if (list.Count == 0) return isAnd ? null : Expression.Constant(false);
        if (list.Any(i => i is null)) return isAnd ? list.Where(i => i is not null).Aggregate((Expression?)null, (a, b) => a is null ? b : combine(a, b!)) : null;
        return list.Aggregate((a, b) => combine(a!, b!));
    }
}
