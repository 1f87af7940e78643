using System.Text;
using CsvHelper;

namespace OpenData.Data.Seed;

/// <summary>One seed CSV file: a header of known column names, then rows read as text.</summary>
internal sealed class CsvTable
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Strict RFC 4180: a stray quote or a short row is an error in a reviewed data file, never something to recover from.
    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        TrackLineNumbers = true,
        TrimWhitespace = true,
    };

    public string File { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    private CsvTable(string file, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Rows = rows;
    }

    /// <summary>Reads RFC 4180 CSV; the header must hold exactly <paramref name="columns"/>, in any order.</summary>
    public static CsvTable Parse(SeedFile file, IReadOnlyList<string> columns)
    {
        var rows = new List<CsvRow>();
        try
        {
            using var reader = CsvReader.FromText(Decode(file), Options);
            var header = reader.Headers.Select(h => h.Trim()).ToArray();
            if (header.Length == 0) throw new SeedException(file.Name, 1, null, "the file is empty: a header row is required");
            var index = ReadHeader(file.Name, header, columns);
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = (reader.GetString(i) ?? "").Trim();
                rows.Add(new CsvRow(file.Name, (int)reader.LineNumber, index, fields));
            }
        }
        catch (CsvFormatException ex)
        {
            throw new SeedException(file.Name, ex.LineNumber > 0 ? (int)ex.LineNumber : null, null, $"malformed CSV: {ex.Message}", ex);
        }
        return new CsvTable(file.Name, rows);
    }

    private static string Decode(SeedFile file)
    {
        try
        {
            var text = StrictUtf8.GetString(file.Bytes);
            return text.StartsWith('\uFEFF') ? text[1..] : text;
        }
        catch (DecoderFallbackException ex)
        {
            throw new SeedException(file.Name, null, null, "the file is not valid UTF-8", ex);
        }
    }

    private static Dictionary<string, int> ReadHeader(string file, string[] header, IReadOnlyList<string> columns)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.Contains(header[i]))
                throw new SeedException(file, 1, header[i], $"unknown column; expected {string.Join(",", columns)}");
            if (!index.TryAdd(header[i], i))
                throw new SeedException(file, 1, header[i], "the column appears twice");
        }
        var missing = columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new SeedException(file, 1, missing[0], $"missing column(s) {string.Join(", ", missing)}");
        return index;
    }
}
