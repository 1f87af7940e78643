namespace OpenData.Api.Persisted;

/// <summary>Trusted documents (documentId) and Automatic Persisted Queries. Bound from <c>PersistedOperations</c>.</summary>
public sealed class PersistedOperationsOptions
{
    public const string Section = "PersistedOperations";

    /// <summary>
    /// A JSON file of trusted documents: an object mapping <c>"sha256:&lt;hex&gt;"</c> to the query text. Each hash is
    /// checked against its text at start. Default: none.
    /// </summary>
    public string? ManifestPath { get; set; }

    /// <summary>Refuse any request that is not a trusted documentId (and turn APQ off). Default false: a public API.</summary>
    public bool AllowOnlyPersisted { get; set; }

    /// <summary>Accept Apollo's Automatic Persisted Queries (<c>extensions.persistedQuery.sha256Hash</c>). Default true.</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>Total characters of query text that APQ remembers (least recently used dropped first). Default 2,000,000.</summary>
    public long MaxApqTotalQueryLength { get; set; } = 2_000_000;
}
