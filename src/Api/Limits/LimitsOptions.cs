namespace OpenData.Api.Limits;

/// <summary>
/// Bounds on a single request, each checked before execution and each rejected with its own error code and a
/// message that names the setting and its value. Bound from the configuration section <see cref="Section"/>;
/// every default is documented in README.md ("Limits and rate limits") and docs/limits.md.
/// </summary>
public sealed class LimitsOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string Section = "Limits";

    /// <summary>Largest POST body, in bytes, read before anything is parsed (413 <c>OD_BODY_TOO_LARGE</c>). Default 102,400 (100 KiB).</summary>
    public int MaxBodyBytes { get; set; } = 100 * 1024;

    /// <summary>Longest <c>query</c> text, in characters, checked before lexing (<c>OD_QUERY_TOO_LONG</c>). Default 20,000.</summary>
    public int MaxQueryLength { get; set; } = 20_000;

    /// <summary>Most lexical tokens in the <c>query</c> (comments not counted), checked before parsing (<c>OD_TOO_MANY_TOKENS</c>). Default 5,000.</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Deepest nesting of the parser's syntax tree (graphql-dotnet's <c>ParserOptions.MaxDepth</c>, counted in AST
    /// nodes: selections, arguments, list and object values) (<c>OD_PARSER_DEPTH</c>). Default 64.</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Deepest field nesting of an operation, through fragments; a root field is depth 1 (<c>OD_SELECTION_DEPTH</c>).
    /// Default 15 (graphql-js's full introspection query needs 14).</summary>
    public int MaxSelectionDepth { get; set; } = 15;

    /// <summary>Most aliased fields in an operation, counting a fragment once per use (<c>OD_TOO_MANY_ALIASES</c>). Default 30.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most distinct root fields (response keys at the top of an operation) (<c>OD_TOO_MANY_ROOT_FIELDS</c>). Default 10.</summary>
    public int MaxRootFields { get; set; } = 10;

    /// <summary>Most field selections in an operation once fragments are expanded (<c>OD_TOO_MANY_FIELDS</c>); bounds the work of
    /// every later step, fragment "bombs" included. Default 2,000 (the full introspection query has about 230).</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Most nested <c>fields</c>/<c>inputFields</c>/<c>interfaces</c>/<c>possibleTypes</c> inside an introspection query,
    /// as graphql-js's MaxIntrospectionDepthRule counts them (<c>OD_INTROSPECTION_DEPTH</c>). Default 2 (the standard query uses 1).</summary>
    public int MaxIntrospectionDepth { get; set; } = 2;

    /// <summary>Highest cost of one operation, in points (<c>OD_COST_LIMIT</c>). An API key may set its own. Default 10,000.</summary>
    public int MaxCost { get; set; } = 10_000;

    /// <summary>Cost multiplier of a list field asked for without <c>first</c>/<c>last</c> (the expected number of items).
    /// Default 50, the connections' default page size.</summary>
    public int DefaultListSize { get; set; } = 50;

    /// <summary>Rows of a bulk download (<c>/downloads/{table}.csv|json</c>) that cost one point: a download costs
    /// 1 + ⌈rows / this⌉, never more than the client's whole budget (so every table can be downloaded). Default 10.</summary>
    public int DownloadRowsPerPoint { get; set; } = 10;

    /// <summary>Largest <c>variables</c> object, in bytes of JSON (<c>OD_VARIABLES_TOO_LARGE</c>). Default 32,768 (32 KiB).</summary>
    public int MaxVariablesBytes { get; set; } = 32 * 1024;

    /// <summary>Longest run of one operation, validation included; then it is cancelled, database query too (<c>OD_TIMEOUT</c>). Default 10 s.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
