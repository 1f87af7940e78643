namespace OpenData.Api.Querying;

/// <summary>
/// An operation filter input type such as <c>StringOperationFilterInput</c>: its name, the GraphQL type of its
/// values and its operators. Shared by every member of the CLR types it is bound to in a <see cref="FilterConvention"/>.
/// </summary>
public sealed class OperationFilterInput
{
    /// <param name="typeName">GraphQL name, e.g. <c>IntOperationFilterInput</c>.</param>
    /// <param name="description">Description of the input type.</param>
    /// <param name="operandGraphType">graphql-dotnet type of one value, e.g. <c>typeof(IntGraphType)</c>.</param>
    /// <param name="handlers">The operators, one handler each, in schema order.</param>
    /// <param name="hasMatchMode">Whether the input has the <c>mode: StringMatchMode</c> field (string inputs).</param>
    public OperationFilterInput(string typeName, string description, Type operandGraphType, IEnumerable<FilterOperationHandler> handlers, bool hasMatchMode = false)
    {
        TypeName = typeName;
        Description = description;
        OperandGraphType = operandGraphType;
        Handlers = handlers.ToArray();
        HasMatchMode = hasMatchMode;
        var duplicate = Handlers.GroupBy(h => h.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"{typeName} has two operators named '{duplicate.Key}'.");
        if (hasMatchMode && Handlers.Any(h => h.Name == ModeField))
            throw new ArgumentException($"{typeName}: '{ModeField}' is the match mode field, not an operator name.");
    }

    /// <summary>Name of the match-mode field of string inputs.</summary>
    public const string ModeField = "mode";

    public string TypeName { get; }
    public string Description { get; }
    public Type OperandGraphType { get; }
    public IReadOnlyList<FilterOperationHandler> Handlers { get; }
    public bool HasMatchMode { get; }

    public FilterOperationHandler? Find(string name) => Handlers.FirstOrDefault(h => h.Name == name);

    /// <summary>The same input with one more operator (see docs/querying.md, "Adding an operator").</summary>
    public OperationFilterInput With(FilterOperationHandler handler) =>
        new(TypeName, Description, OperandGraphType, [.. Handlers, handler], HasMatchMode);
}
