using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>
/// What clients may filter, sort and page on for one entity, configured in code by the schema author:
/// <code>
/// var areas = new QueryDescriptor&lt;Area&gt;("Area")
///     .Key(a => a.Id)
///     .Filter(a => a.Code, "code", "ISO code.")
///     .FilterRelation(a => a.Parent, "parent", areas, "The parent area.")
///     .FilterList(a => a.Observations, "observations", observations, "Its observations.")
///     .Sort(a => a.Code, "code", "ISO code.")
///     .DefaultOrder(a => a.Code);
/// </code>
/// Names are GraphQL names; descriptions are required. Descriptors may refer to each other (and to themselves).
/// A descriptor is configuration only: the graph types built from it live in a <see cref="QueryGraphTypes"/>.
/// </summary>
public sealed class QueryDescriptor<T> : IQueryDescriptor where T : class
{
    private readonly List<FilterFieldDefinition> _filters = [];
    private readonly List<SortFieldDefinition> _sorts = [];
    private readonly List<(LambdaExpression, SortDirection)> _defaultOrder = [];
    private readonly Dictionary<string, IReadOnlyList<IReadOnlyList<MemberInfo>>> _explicitProjections = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<MemberInfo>>>? _projections;

    /// <param name="name">GraphQL name prefix of the generated types (<c>Area</c> → <c>AreaFilterInput</c>).</param>
    /// <param name="convention">Operators per CLR type; <see cref="FilterConvention.Default"/> when omitted.</param>
    public QueryDescriptor(string name, FilterConvention? convention = null)
    {
        RequireName(name, "Descriptor name");
        Name = name;
        Convention = convention ?? FilterConvention.Default;
    }

    public string Name { get; }
    public Type EntityType => typeof(T);
    public FilterConvention Convention { get; }
    public IReadOnlyList<FilterFieldDefinition> FilterFields => _filters;
    public IReadOnlyList<SortFieldDefinition> SortFields => _sorts;
    public LambdaExpression? KeyMember { get; private set; }
    public IReadOnlyList<(LambdaExpression Member, SortDirection Direction)> DefaultOrderKeys => _defaultOrder;

    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<MemberInfo>>> Projections =>
        _projections ??= BuildProjections();

    /// <summary>The unique, non-null key: tie-break of every order and last part of every cursor.</summary>
    public QueryDescriptor<T> Key<TKey>(Expression<Func<T, TKey>> key)
    {
        var members = MemberPath.RequireMembers(key, "Key");
        if (MemberPath.CanBeNull(members)) throw new ArgumentException($"{Name}: the key {MemberPath.Text(members)} can be null; a key must not.");
        SortKeys.RequireSortable(MemberPath.TypeOf(members[^1]), $"{Name} key");
        KeyMember = MemberPath.Normalize(key);
        return this;
    }

    /// <summary>
    /// A scalar member clients may filter on with the operators <see cref="Convention"/> gives its type
    /// (string, int, long, decimal, double, bool, DateOnly, DateTimeOffset, enums, and their nullable forms).
    /// </summary>
    /// <param name="enumGraphType">For enum members, the schema's enum graph type (e.g. <c>typeof(AreaKindType)</c>);
    /// graphql-dotnet's <c>EnumerationGraphType&lt;TEnum&gt;</c> when omitted.</param>
    public QueryDescriptor<T> Filter<TMember>(Expression<Func<T, TMember>> member, string name, string description, Type? enumGraphType = null)
    {
        RequireField(name, description, _filters.Select(f => f.Name), "filter");
        var type = MemberPath.TypeOf(MemberPath.RequireMembers(member, $"Filter field '{name}'")[^1]);
        if (!Convention.Supports(type)) throw new ArgumentException($"{Name}.{name}: no filter operators for {type.Name}.");
        if (enumGraphType is not null && !MemberPath.Unwrap(type).IsEnum) throw new ArgumentException($"{Name}.{name}: enumGraphType is for enum members only.");
        _filters.Add(new ScalarFilterField(name, description, member, Convention.Resolve(type, enumGraphType)));
        return this;
    }

    /// <summary>A to-one navigation, filtered with the related descriptor's conditions (a null relation never matches them).</summary>
    public QueryDescriptor<T> FilterRelation<TRelated>(Expression<Func<T, TRelated?>> member, string name, QueryDescriptor<TRelated> target, string description)
        where TRelated : class
    {
        RequireField(name, description, _filters.Select(f => f.Name), "filter");
        _filters.Add(new RelationFilterField(name, description, member, target));
        return this;
    }

    /// <summary>A to-many navigation, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c> (EXISTS subqueries).</summary>
    public QueryDescriptor<T> FilterList<TRelated>(Expression<Func<T, IEnumerable<TRelated>>> member, string name, QueryDescriptor<TRelated> target, string description)
        where TRelated : class
    {
        RequireField(name, description, _filters.Select(f => f.Name), "filter");
        _filters.Add(new ListFilterField(name, description, member, target));
        return this;
    }

    /// <summary>A scalar member clients may sort on (<c>code: ASC</c>).</summary>
    public QueryDescriptor<T> Sort<TMember>(Expression<Func<T, TMember>> member, string name, string description)
    {
        RequireField(name, description, _sorts.Select(f => f.Name), "sort");
        SortKeys.RequireSortable(typeof(TMember), $"{Name}.{name}");
        _sorts.Add(new ScalarSortField(name, description, member));
        return this;
    }

    /// <summary>A to-one navigation clients may sort on by the related descriptor's sort fields (<c>parent: { code: ASC }</c>).</summary>
    public QueryDescriptor<T> SortRelation<TRelated>(Expression<Func<T, TRelated?>> member, string name, QueryDescriptor<TRelated> target, string description)
        where TRelated : class
    {
        RequireField(name, description, _sorts.Select(f => f.Name), "sort");
        _sorts.Add(new RelationSortField(name, description, member, target));
        return this;
    }

    /// <summary>A key of the order used when <c>order</c> is not given; call again for the next key. The key is always last.</summary>
    public QueryDescriptor<T> DefaultOrder<TMember>(Expression<Func<T, TMember>> member, SortDirection direction = SortDirection.Ascending)
    {
        MemberPath.RequireMembers(member, "Default order");
        SortKeys.RequireSortable(typeof(TMember), $"{Name} default order");
        _defaultOrder.Add((MemberPath.Normalize(member), direction));
        return this;
    }

    /// <summary>
    /// The members the node type's GraphQL field <paramref name="fieldName"/> needs, for projection:
    /// <c>.Projects("name", a => a.NameEn, a => a.NameVi)</c>. With no members the field needs nothing (it is known, and
    /// adds no column). Members may be paths (<c>a => a.Parent.Code</c>) or navigations (<c>a => a.Parent</c>, loaded whole).
    /// A selected field that is neither declared here nor a scalar property's camelCase name makes the query load whole rows.
    /// </summary>
    public QueryDescriptor<T> Projects(string fieldName, params Expression<Func<T, object?>>[] members)
    {
        RequireName(fieldName, "Projected field name");
        _explicitProjections[fieldName] = members.Select(m => MemberPath.RequireMembers(m, $"Projection of '{fieldName}'")).ToArray();
        _projections = null;
        return this;
    }

    private IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<MemberInfo>>> BuildProjections()
    {
        var map = new Dictionary<string, IReadOnlyList<IReadOnlyList<MemberInfo>>>(StringComparer.Ordinal) { ["__typename"] = [] };
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.CanWrite && property.GetIndexParameters().Length == 0 && Projection.IsScalar(property.PropertyType))
                map[MemberPath.CamelCase(property.Name)] = [[property]];
        foreach (var (field, members) in _explicitProjections) map[field] = members;
        return map;
    }

    private void RequireField(string name, string description, IEnumerable<string> existing, string kind)
    {
        RequireName(name, $"{Name}: {kind} field name");
        if (string.IsNullOrWhiteSpace(description)) throw new ArgumentException($"{Name}.{name}: a description is required.");
        if (kind == "filter" && name is "and" or "or") throw new ArgumentException($"{Name}.{name}: 'and' and 'or' are reserved.");
        if (existing.Contains(name)) throw new ArgumentException($"{Name} already has a {kind} field named '{name}'.");
    }

    private static void RequireName(string name, string what)
    {
        if (string.IsNullOrEmpty(name) || !(char.IsAsciiLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            throw new ArgumentException($"{what} '{name}' is not a GraphQL name.");
    }
}
