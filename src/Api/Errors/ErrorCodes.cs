namespace OpenData.Api.Errors;

/// <summary>
/// Every code the API puts in <c>extensions.code</c> of its own errors. Stable: clients may switch on them.
/// graphql-dotnet's own codes (e.g. parse and validation errors) pass through unchanged.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The request body is empty, not JSON, or not a JSON object.</summary>
    public const string InvalidJson = "OD_INVALID_JSON";
    /// <summary>A request parameter has the wrong JSON type or is repeated.</summary>
    public const string InvalidParameter = "OD_INVALID_PARAMETER";
    /// <summary>No <c>query</c> parameter was sent.</summary>
    public const string QueryMissing = "OD_QUERY_MISSING";
    /// <summary>The POST body's media type or charset is not supported.</summary>
    public const string UnsupportedMediaType = "OD_UNSUPPORTED_MEDIA_TYPE";
    /// <summary>None of the media types in <c>Accept</c> can be produced.</summary>
    public const string NotAcceptable = "OD_NOT_ACCEPTABLE";
    /// <summary>A mutation or subscription was sent over GET, or the HTTP method is not GET or POST.</summary>
    public const string MethodNotAllowed = "OD_METHOD_NOT_ALLOWED";
    /// <summary>The server failed unexpectedly; details are in the server log, never in the response.</summary>
    public const string InternalError = "OD_INTERNAL_ERROR";

    /// <summary>A global ID that this API did not issue.</summary>
    public const string InvalidId = "OD_INVALID_ID";

    /// <summary>More IDs than nodes(ids:) takes at once.</summary>
    public const string TooManyIds = "OD_TOO_MANY_IDS";
    /// <summary>
    /// <c>first</c> or <c>last</c> asks for more items than the server's maximum page size; the message names the maximum.
    /// Nothing is cut silently: ask again with a smaller page.
    /// </summary>
    public const string PageSize = "OD_PAGE_SIZE";
    /// <summary>Paging arguments that cannot be combined or are out of range: <c>first</c> with <c>last</c>, or a negative value.</summary>
    public const string PagingArguments = "OD_PAGING_ARGUMENTS";
    /// <summary>An <c>after</c> or <c>before</c> cursor is malformed, or belongs to another <c>order</c> or another list.</summary>
    public const string InvalidCursor = "OD_INVALID_CURSOR";
    /// <summary>A filter operator got a value it cannot use, such as <c>null</c> for <c>gt</c>, <c>in</c>, <c>contains</c> or <c>some</c>.</summary>
    public const string InvalidFilter = "OD_INVALID_FILTER";
}
