namespace OpenData.Api.Querying;

/// <summary>
/// One item of the <c>order</c> argument, its fields in the order the client wrote them. A field's value is a
/// <see cref="SortDirection"/>, a nested <see cref="SortItem"/> (a to-one relation), or null (ignored).
/// </summary>
public sealed class SortItem(IEnumerable<KeyValuePair<string, object?>> fields)
{
    public IReadOnlyList<KeyValuePair<string, object?>> Fields { get; } = fields.ToArray();

    /// <summary><c>new SortItem(("code", SortDirection.Ascending))</c>.</summary>
    public SortItem(params (string Field, object? Value)[] fields) : this(fields.Select(f => KeyValuePair.Create(f.Field, f.Value))) { }
}
