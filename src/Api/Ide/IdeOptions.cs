namespace OpenData.Api.Ide;

/// <summary>The GraphiQL IDE served at <c>/graphql</c> to browsers. Bound from the <c>Ide</c> configuration section.</summary>
public sealed class IdeOptions
{
    public const string Section = "Ide";

    /// <summary>Serve GraphiQL to a browser that opens <c>/graphql</c>. Default true; false answers browsers as any other client.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Folder of the built GraphiQL bundle (its <c>index.html</c> and <c>assets/</c>). Default: <c>wwwroot/graphiql</c>
    /// under the content root, or beside the binaries.
    /// </summary>
    public string? BundlePath { get; set; }
}
