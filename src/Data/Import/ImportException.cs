namespace OpenData.Data.Import;

/// <summary>
/// A file was rejected. Nothing was written: every import runs in one transaction that is rolled back
/// when this is thrown. The message starts with <c>file:line:column</c> so editors and terminals can jump to it.
/// </summary>
public sealed class ImportException : Exception
{
    public string File { get; }
    public int? Line { get; }
    public int? Column { get; }
    /// <summary>The header the importer expected, when the header was wrong.</summary>
    public string? ExpectedHeader { get; }

    public ImportException(string file, int? line, int? column, string message, string? expectedHeader = null, Exception? inner = null)
        : base(Format(file, line, column, message, expectedHeader), inner)
    {
        File = file;
        Line = line;
        Column = column;
        ExpectedHeader = expectedHeader;
    }

    public ImportException(string file, string message) : this(file, null, null, message) { }

    private static string Format(string file, int? line, int? column, string message, string? expectedHeader)
    {
        var where = file + (line is { } l ? $":{l}" + (column is { } c ? $":{c}" : "") : "");
        return expectedHeader is null ? $"{where}: {message}" : $"{where}: {message}{Environment.NewLine}  expected header: {expectedHeader}";
    }
}
