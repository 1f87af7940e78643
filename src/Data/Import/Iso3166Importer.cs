using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using OpenData.Data.Import.Formats;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Data.Import;

/// <summary>
/// ISO 3166-1 countries with UN M49 regions → country areas, upserted by alpha-3 code. Only the ISO
/// fields are written: Vietnamese names, parents and non-country areas are the seed's.
/// </summary>
internal static class Iso3166Importer
{
    public const string Kind = "iso3166";

    private static readonly string[] Header =
        ["name", "alpha-2", "alpha-3", "country-code", "iso_3166-2", "region", "sub-region", "intermediate-region", "region-code", "sub-region-code", "intermediate-region-code"];
    private const int NameColumn = 0, Alpha2Column = 1, Alpha3Column = 2, NumericColumn = 3, RegionColumn = 5, SubRegionColumn = 6;

    private static readonly SourceSpec Source = new("ISO-3166", "ISO 3166-1 country codes with UN M49 regions",
        "ISO 3166 Maintenance Agency and UN Statistics Division (compiled by lukes/ISO-3166-Countries-with-Regional-Codes)", SourceKind.Reference, Sources.IsoLicence)
    {
        LicenceUrl = Sources.IsoLicenceUrl,
        Note = "Codes from the ISO 3166-1 table, regions from UN M49, as compiled in the all.csv list.",
    };

    private sealed record Country(CsvRow Row, string Code, string Name, string Iso2, string Numeric, string? Region, string? SubRegion);

    public static async Task<ImportSummary> RunAsync(OpenDataDbContext db, ImportFile file, ImportContext context,
        IProgress<ImportProgress>? progress, Stopwatch clock, CancellationToken ct)
    {
        var countries = Parse(file);
        var summary = new ImportSummary { Kind = Kind, File = file.Path, SourceCode = Source.Code, RowsRead = countries.Count };
        var existingSource = await Catalog.FindSourceAsync(db, Source.Code, file.Path, ct);
        if (existingSource?.ContentHash == file.Hash)
            return summary with { Unchanged = countries.Count, Duration = clock.Elapsed, DatasetVersion = await DatasetVersioning.CurrentAsync(db, ct) };
        progress?.Report(new ImportProgress(0, countries.Count, "writing"));

        return await ImportTransaction.RunAsync(db, async () =>
        {
            Catalog.UpsertSource(db, existingSource, Source, file);
            var areas = (await db.Areas.AsTracking().ToListAsync(ct)).ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
            var saver = new ProgressSaver(db, progress, countries.Count);
            int added = 0, updated = 0, unchanged = 0;
            foreach (var c in countries)
            {
                if (!areas.TryGetValue(c.Code, out var area))
                {
                    db.Areas.Add(new Area { Code = c.Code, Kind = AreaKind.Country, NameEn = c.Name, Iso2 = c.Iso2, IsoNumeric = c.Numeric, Region = c.Region, SubRegion = c.SubRegion });
                    added++;
                }
                else if (area.Kind != AreaKind.Country)
                    throw c.Row.Error(Alpha3Column, $"code {c.Code} is already used by a {area.Kind.ToString().ToLowerInvariant()} area ('{area.NameEn}'); the importer does not touch non-country areas");
                else if (area.NameEn == c.Name && area.Iso2 == c.Iso2 && area.IsoNumeric == c.Numeric && area.Region == c.Region && area.SubRegion == c.SubRegion)
                    unchanged++;
                else
                {
                    (area.NameEn, area.Iso2, area.IsoNumeric, area.Region, area.SubRegion) = (c.Name, c.Iso2, c.Numeric, c.Region, c.SubRegion);
                    updated++;
                }
                await saver.RowDoneAsync(ct);
            }
            await saver.FlushAsync(ct);
            var version = await DatasetVersioning.RecordAsync(db, Kind, file, added, updated, 0, context.Clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            return summary with { Changed = true, Added = added, Updated = updated, Unchanged = unchanged, Duration = clock.Elapsed, DatasetVersion = version };
        }, ct);
    }

    private static List<Country> Parse(ImportFile file)
    {
        var table = CsvTable.Read(file.Path, file.Content);
        table.MatchHeader(Header);
        var firstLine = new Dictionary<string, int>();
        var result = new List<Country>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var name = CountryNames.Normalize(row.Text(NameColumn));
            if (name.Length == 0) throw row.Error(NameColumn, "name is empty");
            var code = row.Text(Alpha3Column);
            if (!CountryNames.IsAlpha3(code)) throw row.Error(Alpha3Column, $"'{code}' is not an ISO 3166-1 alpha-3 code");
            var iso2 = row.Text(Alpha2Column);
            if (iso2.Length != 2 || !iso2.All(char.IsAsciiLetterUpper)) throw row.Error(Alpha2Column, $"'{iso2}' is not an ISO 3166-1 alpha-2 code");
            var numeric = row.Text(NumericColumn);
            if (numeric.Length != 3 || !numeric.All(char.IsAsciiDigit)) throw row.Error(NumericColumn, $"'{numeric}' is not a 3-digit ISO 3166-1 numeric code");
            if (!firstLine.TryAdd(code, row.Line)) throw row.Error(Alpha3Column, $"duplicate country {code}: already on line {firstLine[code]}");
            result.Add(new Country(row, code, name, iso2, numeric, Optional(row, RegionColumn), Optional(row, SubRegionColumn)));
        }
        return result;
    }

    private static string? Optional(CsvRow row, int column) => row.IsEmpty(column) ? null : row.Text(column);
}
