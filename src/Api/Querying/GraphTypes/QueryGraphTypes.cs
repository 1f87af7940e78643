using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace OpenData.Api.Querying;

/// <summary>
/// The graph types generated from descriptors, each created once and referenced as the same instance everywhere
/// (cycles such as Area ↔ Observation included). graphql-dotnet graph types belong to one schema, so one
/// <see cref="QueryGraphTypes"/> serves one schema: <c>ConnectionField</c> uses one per owner graph type
/// (<see cref="For"/>); when connection fields over the same descriptors sit on several graph types of a schema,
/// pass them one shared instance.
/// </summary>
public sealed class QueryGraphTypes
{
    private const string MetadataKey = "OpenData.Api.Querying.QueryGraphTypes";
    private readonly Dictionary<string, (object Definition, IGraphType Type)> _types = new(StringComparer.Ordinal);

    /// <summary>The instance kept on <paramref name="owner"/> (created on first use).</summary>
    public static QueryGraphTypes For(IGraphType owner)
    {
        if (owner.GetMetadata<QueryGraphTypes>(MetadataKey) is { } existing) return existing;
        var types = new QueryGraphTypes();
        owner.Metadata[MetadataKey] = types;
        return types;
    }

    /// <summary><c>SortEnumType</c>: ASC, DESC.</summary>
    public EnumerationGraphType SortEnum => GetOrCreate("SortEnumType", typeof(SortDirection), () =>
    {
        var type = new EnumerationGraphType { Name = "SortEnumType", Description = "Direction of a sort key. Missing values (null) sort as the largest: last ascending, first descending." };
        type.Add("ASC", SortDirection.Ascending, "Ascending: smallest first, missing values last.");
        type.Add("DESC", SortDirection.Descending, "Descending: largest first, missing values first.");
        return type;
    }, _ => { });

    /// <summary><c>StringMatchMode</c>: EXACT, INSENSITIVE.</summary>
    public EnumerationGraphType MatchMode => GetOrCreate("StringMatchMode", typeof(StringMatchMode), () =>
    {
        var type = new EnumerationGraphType { Name = "StringMatchMode", Description = "How the string operators of one filter compare text." };
        type.Add("EXACT", StringMatchMode.Exact, "Exact: case- and accent-sensitive (the default).");
        type.Add("INSENSITIVE", StringMatchMode.Insensitive, "Case- and accent-insensitive: \"hai phong\" matches \"Hải Phòng\", \"HA NOI\" matches \"Hà Nội\".");
        return type;
    }, _ => { });

    /// <summary><c>{Name}FilterInput</c>: the descriptor's filter fields plus <c>and</c> and <c>or</c>.</summary>
    public IInputObjectGraphType FilterInput(IQueryDescriptor descriptor) => GetOrCreate($"{descriptor.Name}FilterInput", descriptor,
        () => new InputObjectGraphType
        {
            Name = $"{descriptor.Name}FilterInput",
            Description = $"Conditions on {descriptor.Name}: the fields given must all hold; `and` and `or` combine further conditions. A field set to null sets no condition.",
        },
        type =>
        {
            type.AddField(new FieldType { Name = "and", Description = "Every one of these conditions holds (an empty list sets none).", ResolvedType = new ListGraphType(new NonNullGraphType(type)) });
            type.AddField(new FieldType { Name = "or", Description = "At least one of these conditions holds (an empty list matches nothing).", ResolvedType = new ListGraphType(new NonNullGraphType(type)) });
            foreach (var field in descriptor.FilterFields)
            {
                type.AddField(new FieldType
                {
                    Name = field.Name,
                    Description = field.Description,
                    ResolvedType = field switch
                    {
                        ScalarFilterField scalar => OperationInput(scalar.Input),
                        RelationFilterField relation => FilterInput(relation.Target),
                        ListFilterField list => ListFilterInput(list.Target),
                        _ => throw new InvalidOperationException(field.GetType().Name),
                    },
                });
            }
        });

    /// <summary><c>{Name}ListFilterInput</c>: some, all, none, any.</summary>
    public IInputObjectGraphType ListFilterInput(IQueryDescriptor descriptor) => GetOrCreate($"{descriptor.Name}ListFilterInput", descriptor,
        () => new InputObjectGraphType
        {
            Name = $"{descriptor.Name}ListFilterInput",
            Description = $"Conditions on a list of {descriptor.Name}; the operators given must all hold.",
        },
        type =>
        {
            foreach (var handler in descriptor.Convention.ListHandlers)
            {
                var field = new FieldType { Name = handler.Name, Description = handler.Description };
                if (handler.Operand == FilterOperand.Filter) field.ResolvedType = FilterInput(descriptor);
                else field.Type = OperandType(handler.Operand, typeof(BooleanGraphType));
                type.AddField(field);
            }
        });

    /// <summary>An operation input (<c>StringOperationFilterInput</c>, <c>AreaKindOperationFilterInput</c>, …).</summary>
    public IInputObjectGraphType OperationInput(OperationFilterInput input) =>
        GetOrCreate(input.TypeName, (input.OperandGraphType, string.Join(",", input.Handlers.Select(h => h.Name)), input.HasMatchMode),
        () => new InputObjectGraphType { Name = input.TypeName, Description = input.Description },
        type =>
        {
            foreach (var handler in input.Handlers)
                type.AddField(new FieldType { Name = handler.Name, Description = handler.Description, Type = OperandType(handler.Operand, input.OperandGraphType) });
            if (input.HasMatchMode)
            {
                type.AddField(new FieldType
                {
                    Name = OperationFilterInput.ModeField,
                    Description = "How the operators of this filter compare: EXACT (default) or INSENSITIVE to case and accents.",
                    ResolvedType = MatchMode,
                    DefaultValue = StringMatchMode.Exact,
                });
            }
        });

    /// <summary><c>{Name}SortInput</c>: one SortEnumType per sortable member, nested inputs for to-one relations.</summary>
    public IInputObjectGraphType SortInput(IQueryDescriptor descriptor) => GetOrCreate($"{descriptor.Name}SortInput", descriptor,
        () => new InputObjectGraphType
        {
            Name = $"{descriptor.Name}SortInput",
            Description = $"Sort keys of {descriptor.Name}, applied in the order written (list items first to last, then fields within an item). Ties are broken by the unique key.",
        },
        type =>
        {
            foreach (var field in descriptor.SortFields)
            {
                type.AddField(new FieldType
                {
                    Name = field.Name,
                    Description = field.Description,
                    ResolvedType = field is RelationSortField relation ? SortInput(relation.Target) : SortEnum,
                });
            }
        });

    /// <summary><c>{Name}Edge</c>: a node and its cursor.</summary>
    public IObjectGraphType Edge(IQueryDescriptor descriptor, Type nodeGraphType) => GetOrCreate($"{descriptor.Name}Edge", (descriptor, nodeGraphType),
        () => new ObjectGraphType { Name = $"{descriptor.Name}Edge", Description = $"A {descriptor.Name} in a page, with its cursor." },
        type =>
        {
            type.AddField(new FieldType
            {
                Name = "cursor",
                Description = "Opaque position of this node in the list's order: pass it as `after` or `before`.",
                Type = typeof(NonNullGraphType<StringGraphType>),
                Resolver = new FuncFieldResolver<object?>(c => ((IEdge)c.Source!).Cursor),
            });
            type.AddField(new FieldType
            {
                Name = "node",
                Description = $"The {descriptor.Name}.",
                Type = typeof(NonNullGraphType<>).MakeGenericType(nodeGraphType),
                Resolver = new FuncFieldResolver<object?>(c => ((IEdge)c.Source!).Node),
            });
        });

    /// <summary><c>{Name}Connection</c>: nodes, edges, pageInfo, totalCount.</summary>
    public IObjectGraphType Connection(IQueryDescriptor descriptor, Type nodeGraphType) => GetOrCreate($"{descriptor.Name}Connection", (descriptor, nodeGraphType),
        () => new ObjectGraphType
        {
            Name = $"{descriptor.Name}Connection",
            Description = $"A page of {descriptor.Name} items, in the requested order, with cursors to page on.",
        },
        type =>
        {
            type.AddField(new FieldType
            {
                Name = "nodes",
                Description = "The items of this page (the same as edges.node).",
                Type = typeof(NonNullGraphType<>).MakeGenericType(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(nodeGraphType))),
                Resolver = new FuncFieldResolver<object?>(c => ((IConnection)c.Source!).Nodes),
            });
            type.AddField(new FieldType
            {
                Name = "edges",
                Description = "The items of this page with their cursors.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(Edge(descriptor, nodeGraphType)))),
                Resolver = new FuncFieldResolver<object?>(c => ((IConnection)c.Source!).Edges),
            });
            type.AddField(new FieldType
            {
                Name = "pageInfo",
                Description = "Whether there are more items before or after this page, and the cursors of its first and last items.",
                Type = typeof(NonNullGraphType<PageInfoType>),
                Resolver = new FuncFieldResolver<object?>(c => ((IConnection)c.Source!).PageInfo),
            });
            type.AddField(new FieldType
            {
                Name = "totalCount",
                Description = "How many items match `where`, over all pages. Costs a COUNT query; ask only when needed.",
                Type = typeof(NonNullGraphType<IntGraphType>),
                Resolver = new FuncFieldResolver<object?>(c => ((IConnection)c.Source!).TotalCount),
            });
        });

    /// <summary>The arguments of a connection field: first, after, last, before, where, order (when the descriptor has sort fields).</summary>
    public QueryArguments ConnectionArguments(IQueryDescriptor descriptor)
    {
        var arguments = new QueryArguments(
            new QueryArgument<IntGraphType> { Name = "first", Description = "How many items to return from the start, or from `after` (default set by the server, 50 unless configured; more than the server's maximum is an error)." },
            new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of an item: return the items after it." },
            new QueryArgument<IntGraphType> { Name = "last", Description = "How many items to return from the end, or before `before`; not together with `first`." },
            new QueryArgument<StringGraphType> { Name = "before", Description = "Cursor of an item: return the items before it." });
        foreach (var argument in FilterArguments(descriptor)) arguments.Add(argument);
        return arguments;
    }

    /// <summary><c>where: {Name}FilterInput</c> and <c>order: [{Name}SortInput!]</c>, for any field that filters and sorts.</summary>
    public IEnumerable<QueryArgument> FilterArguments(IQueryDescriptor descriptor)
    {
        yield return new QueryArgument(FilterInput(descriptor)) { Name = "where", Description = $"Conditions the {descriptor.Name} items must meet." };
        if (descriptor.SortFields.Count > 0)
            yield return new QueryArgument(new ListGraphType(new NonNullGraphType(SortInput(descriptor))))
            {
                Name = "order",
                Description = "Sort keys, the first most significant; the default order when omitted. Ties are broken by the unique key.",
            };
    }

    private static Type OperandType(FilterOperand operand, Type operandGraphType) => operand switch
    {
        FilterOperand.Value => operandGraphType,
        FilterOperand.List => typeof(ListGraphType<>).MakeGenericType(operandGraphType),
        FilterOperand.Boolean => typeof(BooleanGraphType),
        _ => throw new ArgumentOutOfRangeException(nameof(operand), operand, "Not an operand of a scalar operator."),
    };

    private TType GetOrCreate<TType>(string name, object definition, Func<TType> create, Action<TType> fill) where TType : IGraphType
    {
        if (_types.TryGetValue(name, out var existing))
        {
            if (!existing.Definition.Equals(definition))
                throw new InvalidOperationException($"Two different definitions produce the GraphQL type '{name}': give the descriptors distinct names (or use one descriptor with one node graph type).");
            return (TType)existing.Type;
        }
        var type = create();
        _types[name] = (definition, type);
        fill(type);
        return type;
    }
}
