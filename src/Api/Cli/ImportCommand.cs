using System.Globalization;
using Microsoft.Extensions.Logging;
using OpenData.Data.Import;
using OpenData.Data.Storage;
using Spectre.Console;

namespace OpenData.Api.Cli;

/// <summary><c>import &lt;kind&gt; &lt;file&gt; [--year N] [--aliases PATH]</c>: loads one official data file into the database.</summary>
public static class ImportCommand
{
    public const int Success = 0, Rejected = 1, Usage = 2;

    public static async Task<int> RunAsync(string[] args, StorageOptions storage, CancellationToken ct)
    {
        if (Parse(args) is not { } request)
        {
            PrintUsage();
            return Usage;
        }
        var seedFolder = storage.SeedPath ?? DatabaseInitializer.DefaultSeedPath;
        var context = ImportContext.ForSeedFolder(seedFolder) with { Year = request.Year };
        if (request.Aliases is not null) context = context with { AliasTablePath = request.Aliases };

        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        await using var db = new OpenDataDbContext(StorageSetup.BuildOptions(storage));
        // The schema and the seed's areas and indices must exist before an import can refer to them.
        await DatabaseInitializer.InitializeAsync(db, storage.SeedPath, loggers.CreateLogger("OpenData.Seed"), ct);

        try
        {
            ImportSummary? summary = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"{request.Kind} {Markup.Escape(Path.GetFileName(request.File))}", maxValue: 1);
                    summary = await ImportRunner.RunAsync(db, request.Kind, request.File, context, new BarProgress(task), ct);
                    task.Value = task.MaxValue;
                });
            Print(summary!);
            return Success;
        }
        catch (ImportException ex)
        {
            AnsiConsole.MarkupLine($"[red]rejected, nothing was written:[/] {Markup.Escape(ex.Message)}");
            return Rejected;
        }
    }

    private sealed record Request(string Kind, string File, int? Year, string? Aliases);

    private static Request? Parse(string[] args)
    {
        var positional = new List<string>();
        int? year = null;
        string? aliases = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--year" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var y):
                    year = y;
                    i++;
                    break;
                case "--aliases" when i + 1 < args.Length:
                    aliases = args[++i];
                    break;
                // Host configuration switches (--Storage:Provider=Postgres) are for the configuration builder, not for us.
                case var s when s.StartsWith("--", StringComparison.Ordinal) && s.Contains(':'):
                    if (!s.Contains('=') && i + 1 < args.Length) i++;
                    break;
                case var s when s.StartsWith('-'):
                    return null;
                default:
                    positional.Add(args[i]);
                    break;
            }
        }
        if (positional.Count != 2) return null;
        var kind = positional[0].ToLowerInvariant();
        return ImportRunner.Kinds.Contains(kind) ? new Request(kind, positional[1], year, aliases) : null;
    }

    private static void PrintUsage()
    {
        AnsiConsole.MarkupLine("usage: [bold]import[/] <kind> <file> [[--year N]] [[--aliases PATH]]");
        AnsiConsole.MarkupLine($"  kinds: {string.Join(", ", ImportRunner.Kinds)}");
        AnsiConsole.MarkupLine("  --year N        edition year for files that carry none (UNU-EGOV egdi-<year>.csv copies)");
        AnsiConsole.MarkupLine("  --aliases PATH  country-name alias table (default: <seed folder>/country-aliases.csv)");
        AnsiConsole.MarkupLine("  Import iso3166 (all.csv) first: the other kinds refer to its country areas.");
    }

    private static void Print(ImportSummary s)
    {
        var table = new Table().AddColumn("").AddColumn("").HideHeaders();
        table.AddRow("file", Markup.Escape(s.File));
        table.AddRow("source", Markup.Escape(s.SourceCode));
        table.AddRow("outcome", s.Changed ? "[green]changed[/]" : "[grey]unchanged (same file as last import)[/]");
        table.AddRow("rows read", s.RowsRead.ToString(CultureInfo.InvariantCulture));
        table.AddRow("rows skipped", s.RowsSkipped.ToString(CultureInfo.InvariantCulture));
        table.AddRow("added", s.Added.ToString(CultureInfo.InvariantCulture));
        table.AddRow("updated", s.Updated.ToString(CultureInfo.InvariantCulture));
        table.AddRow("removed", s.Removed.ToString(CultureInfo.InvariantCulture));
        table.AddRow("unchanged", s.Unchanged.ToString(CultureInfo.InvariantCulture));
        table.AddRow("editions", s.Editions.Count == 0 ? "-" : string.Join(", ", s.Editions));
        table.AddRow("duration", $"{s.Duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        table.AddRow("dataset version", Markup.Escape(s.DatasetVersion ?? "-"));
        AnsiConsole.Write(table);
    }

    /// <summary>Moves the bar directly: Progress&lt;T&gt; would post to the thread pool and could report out of order.</summary>
    private sealed class BarProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.Total > 0) task.MaxValue = value.Total;
            task.Value = Math.Min(value.Done, task.MaxValue);
        }
    }
}
