using System.Collections.Concurrent;
using GraphQL.Types;

namespace OpenData.Api.Querying;

/// <summary>
/// Which operators each CLR type gets: a CLR type is bound to an <see cref="OperationFilterInput"/> (shared by all
/// members of that type, nullable or not); enums get <c>{Enum}OperationFilterInput</c> with the enum operators;
/// to-many navigations get the list operators. Immutable: <see cref="Bind"/> and <see cref="AddOperation"/> return a
/// new convention. Descriptors use <see cref="Default"/> unless given another.
/// </summary>
public sealed class FilterConvention
{
    private static readonly ConcurrentDictionary<Type, string> EnumNames = new();

    private readonly IReadOnlyDictionary<Type, OperationFilterInput> _bindings;
    private readonly IReadOnlyList<FilterOperationHandler> _enumHandlers;

    private FilterConvention(IReadOnlyDictionary<Type, OperationFilterInput> bindings, IReadOnlyList<FilterOperationHandler> enumHandlers, IReadOnlyList<ListOperationHandler> listHandlers)
    {
        _bindings = bindings;
        _enumHandlers = enumHandlers;
        ListHandlers = listHandlers;
    }

    /// <summary>Operators of to-many filter inputs (<c>some</c>, <c>all</c>, <c>none</c>, <c>any</c>).</summary>
    public IReadOnlyList<ListOperationHandler> ListHandlers { get; }

    /// <summary>Operators of enum filter inputs (<c>eq</c>, <c>neq</c>, <c>in</c>, <c>nin</c>).</summary>
    public IReadOnlyList<FilterOperationHandler> EnumHandlers => _enumHandlers;

    /// <summary>The conventions of HotChocolate.Data, on the CLR types this API uses.</summary>
    public static FilterConvention Default { get; } = CreateDefault();

    private static FilterConvention CreateDefault()
    {
        FilterOperationHandler[] comparable =
        [
            new EqualsHandler(), new NotEqualsHandler(), new InHandler(), new NotInHandler(),
            new ComparableGreaterThanHandler(), new ComparableGreaterThanOrEqualsHandler(),
            new ComparableLessThanHandler(), new ComparableLessThanOrEqualsHandler(),
        ];
        FilterOperationHandler[] strings =
        [
            new StringEqualsHandler(), new StringNotEqualsHandler(), new StringInHandler(), new StringNotInHandler(),
            new StringContainsHandler(), new StringStartsWithHandler(), new StringEndsWithHandler(),
        ];
        var intInput = Comparable("Int", "an Int", typeof(IntGraphType));
        var floatInput = Comparable("Float", "a Float", typeof(FloatGraphType));
        var bindings = new Dictionary<Type, OperationFilterInput>
        {
            [typeof(string)] = new("StringOperationFilterInput",
                "Conditions on a String value; the operators given must all hold. `mode` says how strings compare.",
                typeof(StringGraphType), strings, hasMatchMode: true),
            [typeof(int)] = intInput,
            [typeof(long)] = Comparable("Long", "a Long (64-bit integer)", typeof(LongGraphType)),
            [typeof(double)] = floatInput,
            [typeof(float)] = floatInput,
            [typeof(decimal)] = Comparable("Decimal", "a Decimal", typeof(DecimalGraphType)),
            [typeof(DateOnly)] = Comparable("Date", "a date (yyyy-MM-dd)", typeof(DateOnlyGraphType)),
            [typeof(DateTimeOffset)] = Comparable("DateTime", "a date and time with offset (ISO 8601)", typeof(DateTimeOffsetGraphType)),
            [typeof(bool)] = new("BooleanOperationFilterInput",
                "Conditions on a Boolean value; the operators given must all hold.",
                typeof(BooleanGraphType), [new EqualsHandler(), new NotEqualsHandler()]),
        };
        return new FilterConvention(bindings,
            [new EqualsHandler(), new NotEqualsHandler(), new InHandler(), new NotInHandler()],
            [new ListSomeHandler(), new ListAllHandler(), new ListNoneHandler(), new ListAnyHandler()]);

        OperationFilterInput Comparable(string name, string what, Type graphType) =>
            new($"{name}OperationFilterInput", $"Conditions on {what} value; the operators given must all hold.", graphType, comparable);
    }

    /// <summary>Binds a CLR type (and its nullable form) to an operation input, replacing any earlier binding.</summary>
    public FilterConvention Bind(Type clrType, OperationFilterInput input)
    {
        var bindings = new Dictionary<Type, OperationFilterInput>(_bindings) { [MemberPath.Unwrap(clrType)] = input };
        return new FilterConvention(bindings, _enumHandlers, ListHandlers);
    }

    /// <summary>
    /// Adds an operator to the input bound to <paramref name="clrType"/> (to every enum input when it is
    /// <c>typeof(Enum)</c>). Other CLR types bound to the same input get it too, as they share the GraphQL type.
    /// </summary>
    public FilterConvention AddOperation(Type clrType, FilterOperationHandler handler)
    {
        if (clrType == typeof(Enum)) return new FilterConvention(_bindings, [.. _enumHandlers, handler], ListHandlers);
        var input = _bindings.GetValueOrDefault(MemberPath.Unwrap(clrType))
            ?? throw new ArgumentException($"No operation input is bound to {clrType.Name}; bind one first.");
        var extended = input.With(handler);
        var bindings = _bindings.ToDictionary(b => b.Key, b => b.Value == input ? extended : b.Value);
        return new FilterConvention(bindings, _enumHandlers, ListHandlers);
    }

    /// <summary>Adds an operator to every to-many filter input.</summary>
    public FilterConvention AddListOperation(ListOperationHandler handler) => new(_bindings, _enumHandlers, [.. ListHandlers, handler]);

    /// <summary>Whether members of this CLR type can be filtered.</summary>
    public bool Supports(Type memberType)
    {
        var type = MemberPath.Unwrap(memberType);
        return type.IsEnum || _bindings.ContainsKey(type);
    }

    /// <summary>
    /// The operation input for a member type. Enums use <paramref name="enumGraphType"/> (the schema's enum type, e.g.
    /// <c>AreaKindType</c>) or graphql-dotnet's <c>EnumerationGraphType&lt;TEnum&gt;</c>; the input is named after it.
    /// </summary>
    public OperationFilterInput Resolve(Type memberType, Type? enumGraphType = null)
    {
        var type = MemberPath.Unwrap(memberType);
        if (!type.IsEnum)
            return _bindings.GetValueOrDefault(type) ?? throw new ArgumentException($"No filter operators for {memberType.Name}.");
        var graphType = enumGraphType ?? typeof(EnumerationGraphType<>).MakeGenericType(type);
        var name = EnumNames.GetOrAdd(graphType, static t => (Activator.CreateInstance(t) as IGraphType)?.Name
            ?? throw new ArgumentException($"{t.Name} is not a graph type with a parameterless constructor."));
        return new OperationFilterInput($"{name}OperationFilterInput",
            $"Conditions on a {name} value; the operators given must all hold.", graphType, _enumHandlers);
    }
}
