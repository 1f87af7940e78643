using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>
/// Builds <c>new T { A = x.A, B = x.B, Parent = x.Parent == null ? null : new P { C = x.Parent.C } }</c> with only the
/// members the selected GraphQL fields need (see <see cref="IQueryDescriptor.Projections"/>), plus the key and the
/// root-level sort keys. The result is still a <typeparamref name="T"/>-shaped entity for the graph types. When a
/// selected field is unknown, or a needed member cannot be set, there is no projection: whole rows are loaded (safe).
/// </summary>
public static class Projection
{
    private static readonly HashSet<Type> Scalars =
    [
        typeof(string), typeof(bool), typeof(byte), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double),
        typeof(decimal), typeof(Guid), typeof(DateOnly), typeof(TimeOnly), typeof(DateTime), typeof(DateTimeOffset),
        typeof(TimeSpan), typeof(byte[]),
    ];

    /// <summary>Whether a property of this type is a column (projected by name) rather than a navigation.</summary>
    public static bool IsScalar(Type type) => MemberPath.Unwrap(type) is var t && (t.IsEnum || Scalars.Contains(t));

    /// <summary>
    /// The projection body over <paramref name="root"/>, or null when whole rows must be loaded.
    /// </summary>
    /// <param name="fields">Names of the node fields selected (fragments merged, @skip/@include applied); null when unknown.</param>
    /// <param name="always">Member paths projected whatever the selection (key, sort keys).</param>
    public static Expression? Build(IQueryDescriptor descriptor, IReadOnlySet<string>? fields, ParameterExpression root, IEnumerable<IReadOnlyList<MemberInfo>> always)
    {
        if (fields is null) return null;
        var tree = new Node();
        foreach (var path in always) tree.Add(path);
        foreach (var field in fields)
        {
            if (!descriptor.Projections.TryGetValue(field, out var paths)) return null;
            foreach (var path in paths) tree.Add(path);
        }
        return Init(tree, root);
    }

    private static Expression? Init(Node node, Expression instance)
    {
        if (instance.Type.GetConstructor(Type.EmptyTypes) is not { IsPublic: true }) return null;
        var bindings = new List<MemberBinding>();
        foreach (var (member, child) in node.Children.Values)
        {
            if (member is PropertyInfo { CanWrite: false } || member is FieldInfo { IsInitOnly: true }) return null;
            Expression access = Expression.MakeMemberAccess(instance, member);
            Expression value = access;
            if (!child.Whole && child.Children.Count > 0 && !IsScalar(access.Type) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(access.Type))
            {
                var nested = Init(child, access);
                if (nested is null) return null;
                value = Expression.Condition(Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, access.Type), nested);
            }
            bindings.Add(Expression.Bind(member, value));
        }
        return Expression.MemberInit(Expression.New(instance.Type), bindings);
    }

    private sealed class Node
    {
        /// <summary>By member name: one property reached through two reflected types is still one binding.</summary>
        public Dictionary<string, (MemberInfo Member, Node Node)> Children { get; } = new(StringComparer.Ordinal);
        public bool Whole { get; private set; }

        public void Add(IReadOnlyList<MemberInfo> path)
        {
            var node = this;
            foreach (var member in path)
            {
                if (!node.Children.TryGetValue(member.Name, out var entry)) node.Children[member.Name] = entry = (member, new Node());
                node = entry.Node;
            }
            node.Whole = true;
        }
    }
}
