namespace OpenData.Api.Execution;

/// <summary>Bounds of the parsed-document cache. Bound from <c>GraphQL:DocumentCache</c>.</summary>
public sealed class DocumentCacheOptions
{
    public const string Section = "GraphQL:DocumentCache";

    /// <summary>Total length, in characters, of the query texts whose parsed documents are kept. Default 2,000,000
    /// (a parsed document takes roughly ten times its text, so about 20 MB at most).</summary>
    public long MaxTotalQueryLength { get; set; } = 2_000_000;

    /// <summary>An entry not used for this long is dropped. Default 1 hour.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromHours(1);
}
