using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Data.Tests.Seed;

/// <summary>A copy of the repository's seed folder that a test may edit; deleted on dispose.</summary>
internal sealed class TempSeedFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opendata-seed-{Guid.NewGuid():N}");

    public TempSeedFolder()
    {
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seed))
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
    }

    /// <summary>Replaces the one occurrence of <paramref name="oldText"/>; returns the 1-based line it is on.</summary>
    public int ReplaceOnce(string file, string oldText, string newText)
    {
        var path = System.IO.Path.Combine(Path, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"'{oldText}' must occur once in {file}");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), newText, text.AsSpan(at + oldText.Length)));
        return text[..at].Count(c => c == '\n') + 1;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
