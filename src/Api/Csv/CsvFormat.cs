using System.Globalization;
using CsvHelper;
using Microsoft.Net.Http.Headers;

namespace OpenData.Api.Csv;

/// <summary>
/// How the API writes CSV, for query results and bulk downloads alike: RFC 4180 (comma, CRLF, quotes
/// doubled), UTF-8 with a byte order mark so that Excel shows Vietnamese names correctly (add
/// <c>bom=false</c> to the URL to leave it out), <c>true</c>/<c>false</c> booleans, invariant numbers,
/// and a header row.
/// </summary>
public static class CsvFormat
{
    public const string MediaType = "text/csv";

    /// <summary>The response's Content-Type (RFC 4180 §3 and RFC 7111's <c>header</c> parameter).</summary>
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    /// <summary>The query parameter that turns the byte order mark off (<c>bom=false</c>).</summary>
    public const string BomParameter = "bom";

    public static CsvWriterOptions Options(bool byteOrderMark) => CsvWriterOptions.Default with
    {
        WriteByteOrderMark = byteOrderMark,
        TrueValue = "true",
        FalseValue = "false",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>False when the URL says <c>bom=false</c> (or <c>0</c>, <c>no</c>); true otherwise.</summary>
    public static bool WantsByteOrderMark(HttpRequest request)
    {
        var value = request.Query[BomParameter].FirstOrDefault();
        return value is null || !(value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0" || value.Equals("no", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An <c>attachment</c> Content-Disposition with a safe file name.</summary>
    public static string Attachment(string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(fileName);
        return header.ToString();
    }
}
