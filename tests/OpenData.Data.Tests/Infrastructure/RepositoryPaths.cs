using System.Runtime.CompilerServices;

namespace OpenData.Data.Tests.Infrastructure;

/// <summary>Folders of the repository the tests run from, found by walking up to the folder holding OpenData.sln.</summary>
public static class RepositoryPaths
{
    public const string SolutionFile = "OpenData.sln";

    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>The project's shared folder beside the repository (fact sheet, reference data); null when absent.</summary>
    public static string? Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared")) is var path && Directory.Exists(path) ? path : null;

    private static string FindRoot()
    {
        // Binaries usually sit under the repository; with --artifacts-path they do not, and the source file's own
        // path (known at compile time) still leads home.
        string?[] starts = [AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory()];
        foreach (var start in starts)
            if (WalkUp(start) is { } root) return root;
        throw new InvalidOperationException($"No folder holding {SolutionFile} above {string.Join(" or ", starts)}.");
    }

    private static string? WalkUp(string? start)
    {
        for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile))) return dir.FullName;
        return null;
    }

    private static string? SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path);
}
