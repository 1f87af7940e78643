namespace OpenData.Data.Seed;

/// <summary>A seed file that cannot be loaded; the message names the file, and the line and column where known.</summary>
public sealed class SeedException : Exception
{
    public string File { get; }
    public int? Line { get; }
    public string? Column { get; }

    public SeedException(string file, int? line, string? column, string message, Exception? inner = null)
        : base(Format(file, line, column, message), inner)
    {
        File = file;
        Line = line;
        Column = column;
    }

    private static string Format(string file, int? line, string? column, string message)
    {
        var where = file;
        if (line is not null) where += $", line {line}";
        if (column is not null) where += $", column '{column}'";
        return $"{where}: {message}";
    }
}
