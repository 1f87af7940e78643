using System.Text.Json;

namespace OpenData.Api.Csv;

/// <summary>
/// A GraphQL result flattened into one table: the first list in <c>data</c> gives the rows, nested
/// objects give dotted column names (<c>edition.index.code</c>), and the first list inside each row is
/// unnested into more rows with the row's other cells repeated (so <c>editions { year entries { rank } }</c>
/// gives one row per entry: <c>year</c>, <c>entries.rank</c>).
/// </summary>
/// <remarks>
/// Rules, in full (docs/examples.md and the README show them to users):
/// <list type="bullet">
/// <item>The rows come from the first list met walking <c>data</c> in response order (the query's field
/// order); with no list at all, <c>data</c> is one row with full dotted paths (<c>dataset.version</c>).</item>
/// <item>Column names are response keys joined with dots, relative to the list's items; an alias renames a
/// column. A list of scalars is one column named after the list's field.</item>
/// <item>Inside an item, the first path (in response order) holding a list is unnested: one row per element,
/// with the item's other cells repeated; an empty or null list keeps the item as one row with empty cells.</item>
/// <item>Any other list is kept in one cell as compact JSON, as is everything outside the row list.</item>
/// <item>Strings are written as they are, numbers as in the JSON response, booleans as <c>true</c>/<c>false</c>,
/// null as an empty cell. Columns are ordered as the fields first appear.</item>
/// </list>
/// </remarks>
public sealed class ResultTable
{
    private ResultTable(List<string> columns, List<Dictionary<string, string>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Column names in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Each row's cells by column name; a missing cell is empty.</summary>
    public IReadOnlyList<Dictionary<string, string>> Rows { get; }

    /// <summary>Flattens the <c>data</c> entry of a GraphQL response.</summary>
    public static ResultTable From(JsonElement data)
    {
        var rows = new List<List<KeyValuePair<string, JsonElement>>>();
        var list = FindFirstList(data, []);
        if (list is { } found)
        {
            rows.AddRange(ExpandList(found.List, found.Path.Length > 0 ? found.Path[^1] : "value", ""));
        }
        else
        {
            var cells = new List<KeyValuePair<string, JsonElement>>();
            Collect(data, "", null, cells, out _, out _);
            rows.Add(cells);
        }
        return Build(rows);
    }

    private static (string[] Path, JsonElement List)? FindFirstList(JsonElement element, string[] path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                return (path, element);
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    if (FindFirstList(property.Value, [.. path, property.Name]) is { } found)
                        return found;
                return null;
            default:
                return null;
        }
    }

    /// <summary>The rows of a list: <paramref name="prefix"/> is prepended to every column name.</summary>
    private static IEnumerable<List<KeyValuePair<string, JsonElement>>> ExpandList(JsonElement list, string scalarName, string prefix)
    {
        var spine = FindSpine(list);
        foreach (var item in list.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Object:
                {
                    var cells = new List<KeyValuePair<string, JsonElement>>();
                    Collect(item, prefix, spine is null ? null : prefix + spine, cells, out var nested, out var at);
                    if (nested is { ValueKind: JsonValueKind.Array } inner && inner.GetArrayLength() > 0)
                    {
                        // The nested list's cells go where the list is in the item, keeping the field order.
                        foreach (var sub in ExpandList(inner, prefix + spine, prefix + spine + "."))
                            yield return [.. cells[..at], .. sub, .. cells[at..]];
                    }
                    else
                    {
                        yield return cells;
                    }
                    break;
                }
                case JsonValueKind.Array:
                    foreach (var sub in ExpandList(item, scalarName, prefix))
                        yield return sub;
                    break;
                default:
                    yield return [new(prefix.Length > 0 ? prefix.TrimEnd('.') : scalarName, item)];
                    break;
            }
        }
    }

    /// <summary>The dotted path, inside the items, of the first list an item holds (null if none does).</summary>
    private static string? FindSpine(JsonElement list)
    {
        foreach (var item in list.EnumerateArray())
            if (item.ValueKind == JsonValueKind.Object && FindFirstList(item, []) is { } found)
                return string.Join('.', found.Path);
        return null;
    }

    /// <summary>
    /// Adds the leaves of <paramref name="element"/> as cells; the list at <paramref name="spinePath"/> is
    /// returned in <paramref name="nested"/> (with the position its cells take, <paramref name="nestedAt"/>) instead of
    /// being written, and other lists become JSON cells.
    /// </summary>
    private static void Collect(JsonElement element, string prefix, string? spinePath, List<KeyValuePair<string, JsonElement>> cells,
        out JsonElement? nested, out int nestedAt)
    {
        nested = null;
        nestedAt = 0;
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            var value = property.Value;
            if (name == spinePath)
            {
                nested = value;
                nestedAt = cells.Count;
                if (value.ValueKind != JsonValueKind.Array) cells.Add(new(name, value));
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                Collect(value, name + ".", spinePath, cells, out var inner, out var innerAt);
                if (nested is null && inner is not null) (nested, nestedAt) = (inner, innerAt);
            }
            else
            {
                cells.Add(new(name, value));
            }
        }
    }

    private static ResultTable Build(List<List<KeyValuePair<string, JsonElement>>> rows)
    {
        // Columns in the order they first appear; one first seen in a later row goes right after the
        // cell that precedes it there, so the query's field order survives nulls in earlier rows.
        var columns = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            string? previous = null;
            foreach (var (name, _) in row)
            {
                if (known.Add(name))
                {
                    var at = previous is null ? 0 : columns.IndexOf(previous) + 1;
                    columns.Insert(at, name);
                }
                previous = name;
            }
        }
        // An object that is null in some rows and has fields in others: its fields are the columns.
        columns.RemoveAll(name => columns.Any(other => other.Length > name.Length && other.StartsWith(name, StringComparison.Ordinal) && other[name.Length] == '.'));
        var kept = new HashSet<string>(columns, StringComparer.Ordinal);

        var table = new List<Dictionary<string, string>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in row)
                if (kept.Contains(name)) cells[name] = Text(value);
            table.Add(cells);
        }
        return new ResultTable(columns, table);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetRawText(),
        _ => JsonSerializer.Serialize(value, CompactJson),
    };

    private static readonly JsonSerializerOptions CompactJson = new()
    {
        WriteIndented = false,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
