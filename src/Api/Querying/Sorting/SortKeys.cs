using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using OpenData.Api.Errors;

namespace OpenData.Api.Querying;

/// <summary>
/// Turns <c>order</c> into a <see cref="SortPlan"/>, applies it as ORDER BY, and writes the keyset (seek) condition
/// "after this cursor". Nulls sort as the largest value (last ascending, first descending) on every provider: the
/// ORDER BY says so explicitly (<c>key IS NULL</c> first), as SQLite and PostgreSQL disagree by default.
/// </summary>
public static class SortKeys
{
    private static readonly HashSet<Type> Comparable =
    [
        typeof(string), typeof(int), typeof(long), typeof(short), typeof(byte), typeof(double), typeof(float), typeof(decimal),
        typeof(DateOnly), typeof(TimeOnly), typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(bool),
    ];

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static bool IsSortable(Type type) => MemberPath.Unwrap(type) is var t && (t.IsEnum || Comparable.Contains(t));

    internal static void RequireSortable(Type type, string what)
    {
        if (!IsSortable(type)) throw new ArgumentException($"{what}: {type.Name} cannot be sorted or paged on.");
    }

    /// <summary>The plan for <paramref name="order"/>, or the descriptor's default order when it is null or empty; the key last.</summary>
    public static SortPlan Plan(IQueryDescriptor descriptor, IReadOnlyList<SortItem>? order)
    {
        var key = descriptor.KeyMember ?? throw new InvalidOperationException($"Descriptor '{descriptor.Name}' has no Key: call .Key(x => x.Id).");
        var root = Expression.Parameter(descriptor.EntityType, "x");
        var keys = new List<SortKey>();
        if (order is { Count: > 0 })
        {
            foreach (var item in order) AddItem(descriptor, item, root, [], false, "order", keys);
        }
        else
        {
            foreach (var (member, direction) in descriptor.DefaultOrderKeys)
            {
                var members = MemberPath.RequireMembers(member, "Default order");
                keys.Add(Key(ParameterReplacer.Apply(member, root), direction, MemberPath.CanBeNull(members), members));
            }
        }
        var keyBody = ParameterReplacer.Apply(key, root);
        if (!keys.Any(k => k.Identity == keyBody.ToString())) keys.Add(Key(keyBody, SortDirection.Ascending, false, MemberPath.RequireMembers(key, "Key")));
        return new SortPlan(descriptor, root, keys);
    }

    private static void AddItem(IQueryDescriptor descriptor, SortItem item, Expression instance, IReadOnlyList<MemberInfo> prefix, bool canBeNull, string path, List<SortKey> keys)
    {
        foreach (var (name, value) in item.Fields)
        {
            if (value is null) continue;
            var field = descriptor.SortFields.FirstOrDefault(f => f.Name == name)
                ?? throw new ExecutionError($"{path}: {descriptor.Name} cannot be sorted by '{name}'.") { Code = ErrorCodes.InvalidFilter };
            var member = ParameterReplacer.Apply(field.Member, instance);
            switch (field, value)
            {
                case (ScalarSortField, SortDirection direction):
                    keys.Add(Key(member, direction, canBeNull || field.CanBeNull, [.. prefix, .. field.Path]));
                    break;
                case (RelationSortField relation, SortItem nested):
                    AddItem(relation.Target, nested, member, [.. prefix, .. field.Path], canBeNull || field.CanBeNull, $"{path}.{name}", keys);
                    break;
                default:
                    throw new ExecutionError($"{path}.{name}: unexpected value {value}.") { Code = ErrorCodes.InvalidFilter };
            }
        }
    }

    private static SortKey Key(Expression member, SortDirection direction, bool canBeNull, IReadOnlyList<MemberInfo> members)
    {
        var identity = member.ToString();
        var body = canBeNull ? MemberPath.Lift(member) : member;
        var type = MemberPath.Unwrap(body.Type);
        if (type.IsEnum) body = Rank(body, Enum.GetValues(type).Cast<object>().ToArray());
        else if (type == typeof(bool)) body = Rank(body, [false, true]);
        return new SortKey(identity, body, direction, canBeNull, members);
    }

    /// <summary><c>CASE x WHEN v0 THEN 0 WHEN v1 THEN 1 … END</c>: the position of the value in <paramref name="values"/>.</summary>
    private static Expression Rank(Expression body, object[] values)
    {
        var nullable = Nullable.GetUnderlyingType(body.Type) is not null;
        var rankType = nullable ? typeof(int?) : typeof(int);
        Expression rank = Expression.Constant(values.Length, rankType);
        for (var i = values.Length - 1; i >= 0; i--)
            rank = Expression.Condition(Expression.Equal(body, Expression.Constant(values[i], body.Type)), Expression.Constant(i, rankType), rank);
        return nullable
            ? Expression.Condition(Expression.Equal(body, Expression.Constant(null, body.Type)), Expression.Constant(null, rankType), rank)
            : rank;
    }

    /// <summary>ORDER BY the plan's keys, each reversed when <paramref name="reverse"/> (for <c>last</c>/<c>before</c>).</summary>
    public static IOrderedQueryable<T> ApplyOrder<T>(IQueryable<T> source, SortPlan plan, bool reverse = false)
    {
        var expression = source.Expression;
        var first = true;
        foreach (var key in plan.Keys)
        {
            var descending = (key.Direction == SortDirection.Descending) != reverse;
            if (key.CanBeNull)
                expression = OrderBy(expression, Expression.Equal(key.Body, Expression.Constant(null, key.Type)), descending, ref first);
            expression = OrderBy(expression, key.Body, descending, ref first);
        }
        return (IOrderedQueryable<T>)source.Provider.CreateQuery<T>(expression);

        Expression OrderBy(Expression query, Expression body, bool descending, ref bool isFirst)
        {
            var method = (isFirst, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            isFirst = false;
            return Expression.Call(typeof(Queryable), method, [typeof(T), body.Type], query, Expression.Quote(Expression.Lambda(body, plan.Root)));
        }
    }

    /// <summary>
    /// Rows strictly after <paramref name="values"/> (a cursor's key values) in the plan's order, or in the reversed
    /// order: <c>(k1 > c1) OR (k1 = c1 AND k2 > c2) OR …</c>, where "greater" follows each key's direction and nulls
    /// are the largest value.
    /// </summary>
    public static Expression<Func<T, bool>> After<T>(SortPlan plan, IReadOnlyList<object?> values, bool reverse = false)
    {
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < plan.Keys.Count; i++)
        {
            var key = plan.Keys[i];
            var descending = (key.Direction == SortDirection.Descending) != reverse;
            var after = Beyond(key, values[i], descending);
            if (after is not null)
            {
                var term = equalSoFar is null ? after : Expression.AndAlso(equalSoFar, after);
                result = result is null ? term : Expression.OrElse(result, term);
            }
            var equal = values[i] is null
                ? Expression.Equal(key.Body, Expression.Constant(null, key.Type))
                : Expression.Equal(key.Body, ValueParameter.CreateNonNull(values[i]!, key.Type));
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        return Expression.Lambda<Func<T, bool>>(result ?? Expression.Constant(false), plan.Root);
    }

    /// <summary>The key's values that sort strictly after <paramref name="value"/>; null when there are none.</summary>
    private static Expression? Beyond(SortKey key, object? value, bool descending)
    {
        if (value is null) // null is the largest value: nothing is beyond it ascending, every non-null value is descending
            return descending ? Expression.NotEqual(key.Body, Expression.Constant(null, key.Type)) : null;
        var parameter = ValueParameter.CreateNonNull(value, key.Type);
        if (descending) return Compare(key.Body, parameter, ExpressionType.LessThan);
        var greater = Compare(key.Body, parameter, ExpressionType.GreaterThan);
        return key.CanBeNull ? Expression.OrElse(greater, Expression.Equal(key.Body, Expression.Constant(null, key.Type))) : greater;
    }

    private static Expression Compare(Expression left, Expression right, ExpressionType comparison)
    {
        if (left.Type == typeof(string))
        {
            left = Expression.Call(StringCompare, left, right);
            right = Expression.Constant(0);
        }
        return Expression.MakeBinary(comparison, left, right);
    }
}
