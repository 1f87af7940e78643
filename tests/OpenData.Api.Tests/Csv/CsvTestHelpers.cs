using System.Text;
using CsvHelper;

namespace OpenData.Api.Tests.Csv;

/// <summary>Reads CSV back with CsvHelper's reader, so the tests check what a consumer gets, not our own writer's idea of it.</summary>
public static class CsvText
{
    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The header and the records, every field as a string.</summary>
    public static (string[] Header, List<string[]> Rows) Parse(byte[] bytes)
    {
        var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = false });
        var records = new List<string[]>();
        while (reader.Read()) records.Add(reader.Current.ToArray());
        return records.Count == 0 ? ([], []) : (records[0], records.Skip(1).ToList());
    }

    public static string Decode(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes.AsSpan().StartsWith(Bom) ? bytes[3..] : bytes);
}
