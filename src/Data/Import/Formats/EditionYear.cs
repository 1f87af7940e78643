using System.Text.RegularExpressions;

namespace OpenData.Data.Import.Formats;

/// <summary>Where an edition's year comes from: a year column, the official file name, or --year; all that exist must agree.</summary>
internal static partial class EditionYear
{
    [GeneratedRegex(@"^(?:EGOV_DATA_|egdi-)(\d{4})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex OfficialName();

    /// <summary>The year in <c>EGOV_DATA_&lt;year&gt;.csv</c> or <c>egdi-&lt;year&gt;.csv</c>.</summary>
    public static int? FromFileName(string fileName) =>
        OfficialName().Match(fileName) is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    /// <summary>The one year of a year column: every row must carry the same year, and --year and the file name must agree.</summary>
    public static int FromColumn(CsvTable table, int column, ImportContext context, int? fromFileName = null)
    {
        if (table.Rows.Count == 0) throw new ImportException(table.File, 2, null, "the file has a header but no rows");
        var year = Check(table.Rows[0], column);
        foreach (var row in table.Rows)
        {
            var y = Check(row, column);
            if (y != year) throw row.Error(column, $"one edition per file: this row is {y}, line {table.Rows[0].Line} is {year}");
        }
        if (context.Year is { } wanted && wanted != year)
            throw table.Rows[0].Error(column, $"--year {wanted} given but the file's {table.Header[column]} is {year}");
        if (fromFileName is { } named && named != year)
            throw table.Rows[0].Error(column, $"the file name says {named} but its {table.Header[column]} is {year}");
        return year;
    }

    /// <summary>A plausible edition year in a column.</summary>
    public static int Check(CsvRow row, int column)
    {
        var year = row.Integer(column);
        return year is >= 1990 and <= 2100 ? year : throw row.Error(column, $"{row.ColumnName(column)} {year} is not a plausible edition year");
    }

    public static int Require(int? year, string file) =>
        year ?? throw new ImportException(file, "this file carries no year: name it egdi-<year>.csv / EGOV_DATA_<year>.csv or pass --year");
}
