using System.Text.Json;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;
using OpenData.Api.Execution;

namespace OpenData.Api.Persisted;

/// <summary>
/// The allow-list of trusted documents, read once from the manifest, served to graphql-dotnet's persisted-document
/// handler by documentId (<c>sha256:&lt;hex&gt;</c>). A manifest entry whose hash is not its text's fails start-up.
/// </summary>
public sealed class TrustedDocuments : IPersistedDocumentLoader
{
    private readonly IReadOnlyDictionary<string, string> _documents;

    public TrustedDocuments(IOptions<PersistedOperationsOptions> options)
    {
        var path = options.Value.ManifestPath;
        _documents = string.IsNullOrEmpty(path) ? new Dictionary<string, string>() : Load(path);
    }

    public int Count => _documents.Count;

    public ValueTask<string?> GetQueryAsync(string? documentIdPrefix, string documentIdPayload, CancellationToken cancellationToken) =>
        new(documentIdPrefix == "sha256" && _documents.TryGetValue(documentIdPayload, out var query) ? query : null);

    /// <summary>Reads and checks the manifest; also run by the options validator so a bad manifest stops start-up.</summary>
    public static Dictionary<string, string> Load(string path)
    {
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"The trusted-documents manifest {path} is empty.");
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, query) in manifest)
        {
            var hash = id.StartsWith("sha256:", StringComparison.Ordinal) ? id["sha256:".Length..] : id;
            if (DocumentHash.Of(query) != hash)
                throw new InvalidOperationException($"Trusted document '{id}' in {path} is not the SHA-256 of its text.");
            documents[hash] = query;
        }
        return documents;
    }
}
