using System.Text.Json;
using CsvHelper;
using GraphQL;
using Microsoft.Net.Http.Headers;
using OpenData.Api.Http;

namespace OpenData.Api.Csv;

/// <summary>
/// A GraphQL result as CSV, for <c>Accept: text/csv</c> or <c>format=csv</c> on GET (see <see cref="ResultTable"/>
/// for how the result becomes rows). Only a result without errors is written as CSV; a request error or a
/// result with errors is answered as GraphQL JSON with the usual status codes, so a broken table never
/// passes for a complete one.
/// </summary>
public sealed class CsvResultWriter(IGraphQLTextSerializer serializer)
{
    /// <summary>The GET parameter that asks for CSV whatever the Accept header says.</summary>
    public const string FormatParameter = "format";

    /// <summary>True when the request asks for CSV: <c>format=csv</c> on GET, or Accept ranking <c>text/csv</c> above JSON.</summary>
    public static bool IsRequested(HttpRequest request, AcceptPreference accept) =>
        accept.PrefersCsv
        || (HttpMethods.IsGet(request.Method) && string.Equals(request.Query[FormatParameter].FirstOrDefault(), "csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the result can be written as CSV: it executed without any error.</summary>
    public static bool CanWrite(ExecutionResult result) =>
        result.Executed && result.Data is not null && (result.Errors is null || result.Errors.Count == 0);

    public async Task WriteAsync(HttpContext http, ExecutionResult result, string? operationName)
    {
        ResultTable table;
        using (var document = JsonDocument.Parse(serializer.Serialize(result)))
            table = ResultTable.From(document.RootElement.GetProperty("data"));

        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = CsvFormat.ContentType;
        response.Headers[HeaderNames.ContentDisposition] = CsvFormat.Attachment((operationName ?? result.Operation?.Name?.StringValue ?? "result") + ".csv");
        response.Headers.Vary = HeaderNames.Accept;

        var csv = CsvWriter.Create(response.Body, CsvFormat.Options(CsvFormat.WantsByteOrderMark(http.Request)), leaveOpen: true);
        await using (csv)
        {
            if (table.Columns.Count == 0)
            {
                // A result with no fields at all (an empty list): no header can be named.
                await csv.FlushAsync(http.RequestAborted);
                return;
            }
            foreach (var column in table.Columns) csv.WriteField(column);
            await csv.EndRecordAsync(http.RequestAborted);
            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns) csv.WriteField(row.GetValueOrDefault(column, ""));
                await csv.EndRecordAsync(http.RequestAborted);
            }
            await csv.FlushAsync(http.RequestAborted);
        }
    }
}
