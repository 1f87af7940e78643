using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using OpenData.Api.Errors;
using OpenData.Api.Http;

namespace OpenData.Api.Limits;

/// <summary>Size checks of the transport, made while the request is read: the body (413) and the variables (400).</summary>
public static class RequestSizeLimits
{
    /// <summary>
    /// Reads the whole body, refusing it as soon as it passes <paramref name="maxBytes"/> (a Content-Length above the limit is
    /// refused before reading), so no more than the limit is ever buffered.
    /// </summary>
    public static async Task<(ReadOnlyMemory<byte> Body, RequestProblem? Problem)> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (default, TooLarge(request.ContentLength.Value, maxBytes));
        var cap = maxBytes + 1L; // one byte past the limit is enough to know the body is too large
        var buffer = new byte[(int)Math.Min(cap, Math.Max(request.ContentLength ?? 4096, 256))];
        var length = 0;
        while (length <= maxBytes)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(cap, buffer.Length * 2L));
            var read = await request.Body.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken);
            if (read == 0) break;
            length += read;
        }
        return length > maxBytes ? (default, TooLarge(null, maxBytes)) : (buffer.AsMemory(0, length), null);
    }

    private static RequestProblem TooLarge(long? length, int maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge,
            (length is null ? "The request body is larger" : $"The request body is {length} bytes, larger")
            + $" than the limit of {maxBytes} bytes ({LimitsOptions.Section}:{nameof(LimitsOptions.MaxBodyBytes)}).");

    /// <summary>Grammatical JSON that cannot be read: a repeated key, an unpaired surrogate escape (<c>\ud800</c>)...</summary>
    public static RequestProblem NotUnicode() =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
            "The request body has a value that cannot be read: a key repeated in an object, a string that is not valid Unicode (an unpaired surrogate escape such as \\ud800), or a number out of range.");

    /// <summary>Refuses a JSON <c>variables</c> value (POST) larger than <paramref name="maxBytes"/>.</summary>
    public static RequestProblem? CheckVariables(JsonElement variables, int maxBytes) =>
        Check(JsonMarshal.GetRawUtf8Value(variables).Length, maxBytes);

    /// <summary>Refuses a <c>variables</c> URL parameter (GET) larger than <paramref name="maxBytes"/> in UTF-8.</summary>
    public static RequestProblem? CheckVariables(string variables, int maxBytes) =>
        variables.Length > maxBytes || Encoding.UTF8.GetByteCount(variables) > maxBytes ? Check(Encoding.UTF8.GetByteCount(variables), maxBytes) : null;

    private static RequestProblem? Check(int bytes, int maxBytes) => bytes <= maxBytes
        ? null
        : new RequestProblem(StatusCodes.Status400BadRequest, ErrorCodes.VariablesTooLarge,
            $"The variables are {bytes} bytes of JSON; the limit is {maxBytes} bytes ({LimitsOptions.Section}:{nameof(LimitsOptions.MaxVariablesBytes)}).");
}
