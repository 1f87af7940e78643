namespace OpenData.Api.Querying;

/// <summary>A fetched node with its sort-key values, computed by the database in the same SELECT (for the cursors).</summary>
internal sealed class KeyedRow<T>
{
    public T Node { get; set; } = default!;
    public object?[] Keys { get; set; } = [];
}
