using System.Security.Cryptography;

namespace OpenData.Data.Import;

/// <summary>The bytes of a file to import and their SHA-256, read once so the hash is of exactly what is parsed.</summary>
internal sealed record ImportFile(string Path, byte[] Content, string Hash)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public static ImportFile Load(string path)
    {
        if (!System.IO.File.Exists(path)) throw new ImportException(path, "file not found");
        var content = System.IO.File.ReadAllBytes(path);
        return new ImportFile(path, content, Sha256Hex(content));
    }

    public static string Sha256Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
