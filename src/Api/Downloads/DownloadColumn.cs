using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace OpenData.Api.Downloads;

/// <summary>The type of a column's values, as the data dictionary names it.</summary>
public enum ColumnKind { String, Integer, Decimal, Boolean, Date, Enum }

/// <summary>One column of a bulk download, described for the data dictionary.</summary>
public sealed record DownloadColumn(string Name, ColumnKind Kind, bool Nullable, string Description, Type? EnumType = null)
{
    /// <summary>The type as the dictionary writes it: string, integer, decimal, boolean, date (ISO 8601) or enum.</summary>
    public string TypeName => Kind.ToString().ToLowerInvariant();

    /// <summary>For an enum column, every value with its meaning (from the model's <see cref="DescriptionAttribute"/>s).</summary>
    public IReadOnlyList<(string Value, string Description)> Values =>
        EnumType is null
            ? []
            : EnumType.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (f.Name, f.GetCustomAttribute<DescriptionAttribute>()?.Description ?? ""))
                .ToList();

    /// <summary>The value as CSV text: invariant numbers without trailing zeros, ISO dates, true/false, enum names; null is empty.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => FormatDecimal(d),
        bool b => b ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>11.91 whether the database holds 11.91 (SQLite) or 11.910000 (PostgreSQL numeric(18,6)).</summary>
    public static string FormatDecimal(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
