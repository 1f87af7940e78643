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

    // Limits and rate limits (src/Api/Limits; README "Limits and rate limits"). Every message names the setting and its value.

    /// <summary>The POST body is larger than <c>Limits:MaxBodyBytes</c> (HTTP 413).</summary>
    public const string BodyTooLarge = "OD_BODY_TOO_LARGE";
    /// <summary>The <c>query</c> text is longer than <c>Limits:MaxQueryLength</c> characters.</summary>
    public const string QueryTooLong = "OD_QUERY_TOO_LONG";
    /// <summary>The <c>query</c> has more lexical tokens than <c>Limits:MaxTokens</c>.</summary>
    public const string TooManyTokens = "OD_TOO_MANY_TOKENS";
    /// <summary>The document's syntax nests deeper than <c>Limits:MaxParserDepth</c> (graphql-dotnet's MAX_DEPTH_EXCEEDED, reworded).</summary>
    public const string ParserDepth = "OD_PARSER_DEPTH";
    /// <summary>Fields nest deeper than <c>Limits:MaxSelectionDepth</c>.</summary>
    public const string SelectionDepth = "OD_SELECTION_DEPTH";
    /// <summary>More aliased fields than <c>Limits:MaxAliases</c>.</summary>
    public const string TooManyAliases = "OD_TOO_MANY_ALIASES";
    /// <summary>More distinct root fields than <c>Limits:MaxRootFields</c>.</summary>
    public const string TooManyRootFields = "OD_TOO_MANY_ROOT_FIELDS";
    /// <summary>More field selections, fragments expanded, than <c>Limits:MaxFields</c>.</summary>
    public const string TooManyFields = "OD_TOO_MANY_FIELDS";
    /// <summary>An introspection query nests fields/inputFields/interfaces/possibleTypes deeper than <c>Limits:MaxIntrospectionDepth</c>.</summary>
    public const string IntrospectionDepth = "OD_INTROSPECTION_DEPTH";
    /// <summary>The operation's cost is above <c>Limits:MaxCost</c> (or the API key's <c>MaxCost</c>).</summary>
    public const string CostLimit = "OD_COST_LIMIT";
    /// <summary>The operation's cost is above the client's whole budget per window: it could never run.</summary>
    public const string CostExceedsBudget = "OD_COST_EXCEEDS_BUDGET";
    /// <summary>The <c>variables</c> JSON is larger than <c>Limits:MaxVariablesBytes</c>.</summary>
    public const string VariablesTooLarge = "OD_VARIABLES_TOO_LARGE";
    /// <summary>The operation ran longer than <c>Limits:ExecutionTimeout</c> and was cancelled (<c>data</c> is null).</summary>
    public const string Timeout = "OD_TIMEOUT";
    /// <summary>The client's budget is spent (HTTP 429 with <c>Retry-After</c>); it comes back when the window resets.</summary>
    public const string RateLimited = "OD_RATE_LIMITED";
    /// <summary>The API-key header carries a key this server does not know (HTTP 401); the request is charged to the IP address.</summary>
    public const string InvalidApiKey = "OD_INVALID_API_KEY";

    /// <summary>A <c>/downloads/…</c> file that does not exist: an unknown table or a format other than <c>.csv</c> and <c>.json</c>; the message lists the files.</summary>
    public const string DownloadNotFound = "OD_DOWNLOAD_NOT_FOUND";
}
