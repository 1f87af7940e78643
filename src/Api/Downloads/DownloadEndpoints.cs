using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Csv;
using OpenData.Api.Errors;
using OpenData.Api.Limits;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Api.Downloads;

/// <summary>
/// Bulk downloads: <c>/downloads</c> (an index), <c>/downloads/{table}.csv</c> and <c>.json</c> for every table of
/// <see cref="DownloadCatalog"/>, and <c>/downloads/dictionary.json</c> and <c>.csv</c> describing every column.
/// Rows stream from the database reader to the response; the ETag is the dataset version (with a hash of the
/// columns' definitions), so a client or a cache revalidates for free until the data changes.
/// </summary>
public static class DownloadEndpoints
{
    public const string Path = "/downloads";
    public const string Dictionary = "dictionary";

    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEndpointRouteBuilder MapDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path);
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        group.MapMethods("", methods, IndexAsync)
            .WithName("Downloads").WithDescription("Index of the bulk downloads: files, row counts, dataset version and licence.");
        group.MapMethods("/{name}.{format}", methods, FileAsync)
            .WithName("Download").WithDescription("A whole table (or the data dictionary) as CSV or JSON.");
        return app;
    }

    private static async Task IndexAsync(HttpContext http, IDbContextFactory<OpenDataDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync(http.RequestAborted);
        var info = await DatasetInfo.LoadAsync(db, http.RequestAborted);
        if (!Begin(http, info?.Version, "application/json; charset=utf-8")) return;

        await using var json = new Utf8JsonWriter(http.Response.Body, Indented);
        json.WriteStartObject();
        WriteDataset(json, info!);
        json.WriteStartObject("dictionary");
        json.WriteString("json", Url(http, Dictionary + ".json"));
        json.WriteString("csv", Url(http, Dictionary + ".csv"));
        json.WriteEndObject();
        json.WriteString("csvFormat", "RFC 4180, UTF-8 with a byte order mark (add ?bom=false to leave it out), header row, comma, CRLF; empty cell = no value; booleans true/false; dates ISO 8601; numbers with a dot and no thousands separator.");
        json.WriteStartArray("tables");
        foreach (var table in DownloadCatalog.Tables)
        {
            json.WriteStartObject();
            json.WriteString("name", table.Name);
            json.WriteString("description", table.Description);
            json.WriteNumber("rows", await table.CountAsync(db, http.RequestAborted));
            json.WriteString("csv", Url(http, table.Name + ".csv"));
            json.WriteString("json", Url(http, table.Name + ".json"));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static async Task FileAsync(HttpContext http, IDbContextFactory<OpenDataDbContext> factory, DownloadCharging charging, string name, string format)
    {
        var csv = format switch { "csv" => true, "json" => false, _ => (bool?)null };
        var table = DownloadCatalog.Find(name);
        if (csv is null || (table is null && name != Dictionary))
        {
            await NotFoundAsync(http, name + "." + format);
            return;
        }

        await using var db = await factory.CreateDbContextAsync(http.RequestAborted);
        var contentType = csv.Value ? CsvFormat.ContentType : "application/json; charset=utf-8";
        if (table is null)
        {
            var info = await DatasetInfo.LoadAsync(db, http.RequestAborted);
            if (!Begin(http, info?.Version, contentType) || !await charging.ChargeAsync(http, rows: 0)) return;
            if (csv.Value) await WriteDictionaryCsvAsync(http);
            else await WriteDictionaryJsonAsync(http, info!);
            return;
        }

        var state = await db.DatasetStates.SingleOrDefaultAsync(http.RequestAborted);
        if (!Begin(http, state?.Version, contentType) || !await charging.ChargeAsync(http, await table.CountAsync(db, http.RequestAborted))) return;
        if (csv.Value)
        {
            http.Response.Headers.ContentDisposition = CsvFormat.Attachment($"opendata-{table.Name}-{state!.Version}.csv");
            await WriteTableCsvAsync(http, db, table);
        }
        else
        {
            await WriteTableJsonAsync(http, db, table, state!);
        }
    }

    /// <summary>
    /// Sets the status and caching headers; false when nothing more is to be written: a 304 for a client that
    /// has this version, a HEAD request, or a 503 while there is no dataset yet.
    /// </summary>
    private static bool Begin(HttpContext http, string? version, string contentType)
    {
        var response = http.Response;
        if (version is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            response.Headers.RetryAfter = "5";
            return false;
        }
        var etag = new EntityTagHeaderValue($"\"{version}-{DownloadCatalog.Fingerprint}\"", isWeak: true);
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = "public, max-age=300";
        response.Headers["X-Dataset-Version"] = version;
        var ifNoneMatch = http.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return false;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        return !HttpMethods.IsHead(http.Request.Method);
    }

    private static async Task WriteTableCsvAsync(HttpContext http, OpenDataDbContext db, DownloadTable table)
    {
        var csv = CsvWriter.Create(http.Response.Body, CsvFormat.Options(CsvFormat.WantsByteOrderMark(http.Request)), leaveOpen: true);
        await using (csv)
        {
            foreach (var column in table.Columns) csv.WriteField(column.Name);
            await csv.EndRecordAsync(http.RequestAborted);
            await foreach (var row in table.ReadAsync(db, http.RequestAborted))
            {
                foreach (var value in row) csv.WriteField(DownloadColumn.Format(value));
                await csv.EndRecordAsync(http.RequestAborted);
            }
            await csv.FlushAsync(http.RequestAborted);
        }
    }

    private static async Task WriteTableJsonAsync(HttpContext http, OpenDataDbContext db, DownloadTable table, DatasetState state)
    {
        await using var json = new Utf8JsonWriter(http.Response.Body, Compact);
        json.WriteStartObject();
        json.WriteStartObject("dataset");
        json.WriteString("name", DatasetInfo.Name);
        json.WriteString("version", state.Version);
        json.WriteString("updatedAt", state.UpdatedAt);
        json.WriteString("licence", DatasetInfo.LicenceNote);
        json.WriteEndObject();
        json.WriteString("table", table.Name);
        json.WriteString("description", table.Description);
        json.WriteString("dictionary", Url(http, Dictionary + ".json"));
        json.WriteStartArray("rows");
        await foreach (var row in table.ReadAsync(db, http.RequestAborted))
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                json.WritePropertyName(table.Columns[i].Name);
                WriteValue(json, row[i]);
            }
            json.WriteEndObject();
            if (json.BytesPending > 32 * 1024) await json.FlushAsync(http.RequestAborted);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case int i: json.WriteNumberValue(i); break;
            case decimal d: json.WriteRawValue(DownloadColumn.FormatDecimal(d), skipInputValidation: true); break;
            case bool b: json.WriteBooleanValue(b); break;
            default: json.WriteStringValue(DownloadColumn.Format(value)); break;
        }
    }

    private static async Task WriteDictionaryJsonAsync(HttpContext http, DatasetInfo info)
    {
        await using var json = new Utf8JsonWriter(http.Response.Body, Indented);
        json.WriteStartObject();
        WriteDataset(json, info);
        json.WriteStartArray("tables");
        foreach (var table in DownloadCatalog.Tables)
        {
            json.WriteStartObject();
            json.WriteString("name", table.Name);
            json.WriteString("description", table.Description);
            json.WriteString("csv", Url(http, table.Name + ".csv"));
            json.WriteString("json", Url(http, table.Name + ".json"));
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("name", column.Name);
                json.WriteString("type", column.TypeName);
                json.WriteBoolean("nullable", column.Nullable);
                json.WriteString("description", column.Description);
                if (column.EnumType is not null)
                {
                    json.WriteStartArray("values");
                    foreach (var (value, meaning) in column.Values)
                    {
                        json.WriteStartObject();
                        json.WriteString("value", value);
                        json.WriteString("description", meaning);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static async Task WriteDictionaryCsvAsync(HttpContext http)
    {
        http.Response.Headers.ContentDisposition = CsvFormat.Attachment("opendata-dictionary.csv");
        var csv = CsvWriter.Create(http.Response.Body, CsvFormat.Options(CsvFormat.WantsByteOrderMark(http.Request)), leaveOpen: true);
        await using (csv)
        {
            foreach (var header in new[] { "table", "column", "type", "nullable", "description", "values" }) csv.WriteField(header);
            await csv.EndRecordAsync(http.RequestAborted);
            foreach (var table in DownloadCatalog.Tables)
            foreach (var column in table.Columns)
            {
                csv.WriteField(table.Name);
                csv.WriteField(column.Name);
                csv.WriteField(column.TypeName);
                csv.WriteField(column.Nullable ? "true" : "false");
                csv.WriteField(column.Description);
                csv.WriteField(string.Join("; ", column.Values.Select(v => $"{v.Value}: {v.Description}")));
                await csv.EndRecordAsync(http.RequestAborted);
            }
            await csv.FlushAsync(http.RequestAborted);
        }
    }

    private static void WriteDataset(Utf8JsonWriter json, DatasetInfo info)
    {
        json.WriteStartObject("dataset");
        json.WriteString("name", DatasetInfo.Name);
        json.WriteString("version", info.Version);
        json.WriteString("builtAt", info.BuiltAt);
        json.WriteString("updatedAt", info.UpdatedAt);
        json.WriteString("licence", DatasetInfo.LicenceNote);
        json.WriteString("cite", $"{DatasetInfo.Name}, version {info.Version}, and the source named with each value.");
        json.WriteEndObject();
    }

    private static async Task NotFoundAsync(HttpContext http, string file)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        http.Response.ContentType = "application/json; charset=utf-8";
        var files = string.Join(", ", DownloadCatalog.Tables.Select(t => t.Name).Append(Dictionary));
        await using var json = new Utf8JsonWriter(http.Response.Body, Compact);
        json.WriteStartObject();
        json.WriteStartArray("errors");
        json.WriteStartObject();
        json.WriteString("message", $"There is no download '{file}'. Files: {{{files}}}.csv or .json; the index is {Path}.");
        json.WriteStartObject("extensions");
        json.WriteString("code", ErrorCodes.DownloadNotFound);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static string Url(HttpContext http, string file) => http.Request.PathBase.Add(Path + "/" + file).ToString();
}
