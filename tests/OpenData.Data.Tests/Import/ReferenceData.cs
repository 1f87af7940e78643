namespace OpenData.Data.Tests.Import;

/// <summary>
/// The real published files in <c>&lt;repo root&gt;/../shared/reference-data</c> (never copied into the
/// repository). They are always present here and in CI, so a missing folder is a failure, not a skip.
/// </summary>
internal static class ReferenceData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder => Require(Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "reference-data")));

    /// <summary>The reviewed alias table the seed ships.</summary>
    public static string SeedAliases => Require(Path.Combine(RepositoryRoot, "seed", "country-aliases.csv"));

    public static string File(params string[] parts) => Require(Path.Combine([Folder, .. parts]));

    private static string Require(string path) =>
        System.IO.File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new InvalidOperationException($"Reference data missing: {path} does not exist (expected beside the repository, see shared/reference-data/README.md).");

    /// <summary>From the test binaries (default build) or, with --artifacts-path elsewhere, from this source file.</summary>
    private static string FindRoot()
    {
        string[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(ThisFile()) ?? "", Directory.GetCurrentDirectory()];
        foreach (var start in starts)
            for (var dir = new DirectoryInfo(start); dir is { Exists: true }; dir = dir.Parent)
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "OpenData.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No OpenData.sln above any of {string.Join(", ", starts)}: cannot locate the repository root.");
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
