namespace OpenData.Data.Tests.Seed;

/// <summary>One row of a markdown table in the fact sheet, with its section heading and its cells by column name.</summary>
internal sealed record FactRow(string Section, int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var text) ? text : "";

    public override string ToString() => $"seed-facts.md line {Line} ({Section}): {string.Join(" | ", Cells.Values)}";
}

/// <summary>Reads the markdown tables of <c>seed-facts.md</c>; every table's layout comes from its own header row.</summary>
internal static class FactSheet
{
    public const string FileName = "seed-facts.md";

    public static IReadOnlyList<FactRow> Read(string path)
    {
        var rows = new List<FactRow>();
        var lines = File.ReadAllLines(path);
        var section = "";
        string[]? header = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal)) section = line[3..].Trim();
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }
            var cells = Cells(line);
            if (header is null)
            {
                header = cells;
                continue;
            }
            if (cells.All(c => c.Trim('-', ':').Length == 0)) continue;
            if (cells.Length != header.Length) throw new FormatException($"{FileName} line {i + 1}: {cells.Length} cells under a header of {header.Length}");
            rows.Add(new FactRow(section, i + 1, header.Zip(cells).ToDictionary(p => p.First, p => p.Second)));
        }
        return rows;
    }

    private static string[] Cells(string line) => line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
