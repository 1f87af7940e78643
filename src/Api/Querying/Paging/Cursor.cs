using System.Buffers.Text;
using System.Text.Json;
using GraphQL;
using OpenData.Api.Errors;

namespace OpenData.Api.Querying;

/// <summary>
/// Opaque cursors: base64url of a JSON array <c>[signature, key1, key2, …]</c>, the row's sort-key values with the
/// ordering's signature (<see cref="SortPlan.Signature"/>), so a cursor from another order or list is rejected.
/// </summary>
public static class Cursor
{
    private const int MaxLength = 4096;

    public static string Encode(SortPlan plan, IReadOnlyList<object?> values)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(plan.Signature);
            foreach (var value in values)
                JsonSerializer.Serialize(writer, value, value?.GetType() ?? typeof(object));
            writer.WriteEndArray();
        }
        return Base64Url.EncodeToString(buffer.ToArray());
    }

    /// <summary>The key values in the cursor, typed as the plan's keys; <c>OD_INVALID_CURSOR</c> when it is not one of this plan's.</summary>
    public static object?[] Decode(SortPlan plan, string cursor, string argument)
    {
        try
        {
            if (cursor.Length > MaxLength) throw new FormatException("too long");
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = document.RootElement;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != plan.Keys.Count + 1) throw new FormatException("shape");
            if (items[0].ValueKind != JsonValueKind.String || items[0].GetString() != plan.Signature)
                throw Invalid(argument, "it belongs to another list or another order.");
            var values = new object?[plan.Keys.Count];
            for (var i = 0; i < plan.Keys.Count; i++)
            {
                var key = plan.Keys[i];
                var element = items[i + 1];
                if (element.ValueKind == JsonValueKind.Null)
                {
                    if (!key.CanBeNull) throw new FormatException("null");
                    continue;
                }
                var type = MemberPath.Unwrap(key.Type);
                if (type == typeof(string) && element.ValueKind != JsonValueKind.String) throw new FormatException("string");
                values[i] = element.Deserialize(type) switch
                {
                    null => throw new FormatException("value"),
                    DateTimeOffset instant => instant.ToUniversalTime(), // as filter values: Npgsql writes only UTC
                    var value => value,
                };
            }
            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw Invalid(argument, "it is not a cursor this API produced.");
        }
    }

    private static ExecutionError Invalid(string argument, string why) =>
        new($"The {argument} cursor is not valid: {why} Use the cursor of an edge or of pageInfo from a query with the same order.")
        { Code = ErrorCodes.InvalidCursor };
}
