using System.Globalization;
using OpenData.Data.Model;

namespace OpenData.Data.Seed;

/// <summary>One data row of a seed file, with typed readers whose errors name the file, line and column.</summary>
internal sealed class CsvRow(string file, int line, IReadOnlyDictionary<string, int> index, string[] fields)
{
    public string File => file;
    public int Line => line;

    public SeedException Error(string column, string message) => new(file, line, column, message);

    /// <summary>The field's text, or null when empty.</summary>
    public string? Optional(string column) => fields[index[column]] is { Length: > 0 } text ? text : null;

    public string Required(string column) => Optional(column) ?? throw Error(column, "a value is required");

    public decimal? Decimal(string column)
    {
        if (Optional(column) is not { } text) return null;
        // Invariant and strict: "1,5" or "80,698" (Vietnamese decimal comma, English thousands) must not slip through.
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a number (write 1234.5: a dot before decimals, no thousands separators)");
    }

    public int? Int(string column)
    {
        if (Optional(column) is not { } text) return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(column, $"'{text}' is not a whole number");
    }

    public int RequiredInt(string column) => Int(column) ?? throw Error(column, "a value is required");

    public bool? Bool(string column) => Optional(column) switch
    {
        null => null,
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var t => throw Error(column, $"'{t}' is not true or false"),
    };

    public TEnum Enum<TEnum>(string column) where TEnum : struct, System.Enum
    {
        var text = Required(column);
        // Names only, exactly as declared: Enum.TryParse would also take "2" or "exact".
        return System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal)
            ? System.Enum.Parse<TEnum>(text)
            : throw Error(column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
    }

    public Period Period(string column) =>
        Seed.Period.TryParse(Optional(column), out var period, out var error) ? period : throw Error(column, error);
}
