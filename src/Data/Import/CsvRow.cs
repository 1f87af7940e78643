using System.Globalization;

namespace OpenData.Data.Import;

/// <summary>One record of a <see cref="CsvTable"/>; every accessor fails with the record's file, line and column.</summary>
internal sealed class CsvRow(CsvTable table, int line, string[] fields)
{
    public int Line { get; } = line;
    public string[] Fields { get; } = fields;
    public string File => table.File;

    /// <summary>The field, trimmed: UN exports pad country names with a trailing space.</summary>
    public string Text(int column) => Fields[column].Trim();

    public bool IsEmpty(int column) => Text(column).Length == 0;

    public decimal Number(int column, NumberFormatInfo? format = null) =>
        OptionalNumber(column, format) ?? throw Error(column, $"{ColumnName(column)} is empty; a number is required");

    public decimal? OptionalNumber(int column, NumberFormatInfo? format = null)
    {
        var text = Text(column);
        if (text.Length == 0) return null;
        // Float without AllowThousands: with a decimal comma format, "30.45" is rejected instead of read as 3045.
        if (decimal.TryParse(text, NumberStyles.Float, format ?? NumberFormatInfo.InvariantInfo, out var value)) return value;
        throw Error(column, $"{ColumnName(column)} is not a number: '{text}'");
    }

    /// <summary>An integer, also written as a float ("90.0", as in the UNU-EGOV 2010 copy).</summary>
    public int? OptionalInteger(int column)
    {
        var value = OptionalNumber(column);
        if (value is null) return null;
        if (value != decimal.Truncate(value.Value) || value < int.MinValue || value > int.MaxValue)
            throw Error(column, $"{ColumnName(column)} is not a whole number: '{Text(column)}'");
        return (int)value.Value;
    }

    public int Integer(int column) =>
        OptionalInteger(column) ?? throw Error(column, $"{ColumnName(column)} is empty; a whole number is required");

    public string ColumnName(int column) => column < table.Header.Count ? $"'{table.Header[column]}'" : $"column {column + 1}";

    /// <summary>An error at a 0-based column of this row (reported 1-based).</summary>
    public ImportException Error(int column, string message) => new(File, Line, column + 1, message);

    public void RequireWidth()
    {
        if (Fields.Length == table.Header.Count) return;
        var column = Math.Min(Fields.Length, table.Header.Count) + 1;
        throw new ImportException(File, Line, column, $"expected {table.Header.Count} fields like the header, found {Fields.Length}");
    }
}
