using CsvHelper;

namespace OpenData.Data.Import;

/// <summary>
/// A whole CSV file in memory with the line of every record, so any later check (name mapping,
/// duplicates) can still point at the line and column it came from. The files are small (≤ 150 KB).
/// </summary>
internal sealed class CsvTable
{
    public string File { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    private CsvTable(string file, IReadOnlyList<string> header, IEnumerable<(int Line, string[] Fields)> records)
    {
        File = file;
        Header = header;
        Rows = records.Select(r => new CsvRow(this, r.Line, r.Fields)).ToList();
    }

    public static CsvTable Read(string file, byte[] content, char separator = ',')
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = separator,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            // A stray quote is a broken file, not something to repair by guessing.
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        string[]? header = null;
        var records = new List<(int, string[])>();
        try
        {
            using var reader = CsvReader.Create(WithoutBom(content), options);
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i) ?? "";
                if (header is null) header = fields.Select(h => h.Trim()).ToArray();
                else records.Add(((int)reader.LineNumber, fields));
            }
        }
        catch (CsvFormatException ex)
        {
            throw new ImportException(file, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, $"malformed CSV: {ex.Message}", inner: ex);
        }
        if (header is null) throw new ImportException(file, 1, null, "the file is empty");
        var table = new CsvTable(file, header, records);
        foreach (var row in table.Rows) row.RequireWidth();
        return table;
    }

    /// <summary>The WIPO and ITU 2020 files start with a UTF-8 byte order mark; it is not part of the first header.</summary>
    private static byte[] WithoutBom(byte[] content) =>
        content is [0xEF, 0xBB, 0xBF, ..] ? content[3..] : content;

    /// <summary>Which of the accepted headers the file has (0-based); otherwise the file is rejected, quoting the first.</summary>
    public int MatchHeader(params IReadOnlyList<string>[] accepted)
    {
        for (var i = 0; i < accepted.Length; i++)
            if (accepted[i].SequenceEqual(Header, StringComparer.Ordinal)) return i;
        var expected = accepted[0];
        var column = 1;
        while (column <= expected.Count && column <= Header.Count && expected[column - 1] == Header[column - 1]) column++;
        var alternatives = accepted.Length > 1 ? $" (or one of {accepted.Length - 1} other known headers for this kind)" : "";
        var found = column <= Header.Count ? $"'{Header[column - 1]}'" : "nothing";
        var wanted = column <= expected.Count ? $"'{expected[column - 1]}'" : "no more columns";
        throw new ImportException(File, 1, column, $"wrong header: expected {wanted} in column {column}, found {found}{alternatives}",
            expectedHeader: string.Join(",", expected));
    }
}
