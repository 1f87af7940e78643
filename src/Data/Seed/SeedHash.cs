using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OpenData.Data.Seed;

/// <summary>The hashes that say which data a database holds.</summary>
public static class SeedHash
{
    /// <summary>
    /// Part of every seed hash: bump it when the model or the loader's meaning of a seed column changes, so that
    /// databases built by the old code are rebuilt even though the files are the same.
    /// </summary>
    public const string ModelVersion = "opendata-model-1";

    /// <summary>SHA-256 (lower-case hex) over each file's name and bytes in ordinal name order, then <see cref="ModelVersion"/>.</summary>
    public static string Compute(IEnumerable<SeedFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // Lengths make the concatenation unambiguous: no shifting of bytes between a name and a body.
            AppendWithLength(hash, Encoding.UTF8.GetBytes(file.Name));
            AppendWithLength(hash, file.Bytes);
        }
        hash.AppendData(Encoding.UTF8.GetBytes(ModelVersion));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The dataset version: the first 16 hex characters of SHA-256 over the seed hash followed by the file hash of every
    /// import, in import order. Importers call this after recording an import, so any change of data changes it.
    /// </summary>
    public static string DatasetVersion(string seedHash, IEnumerable<string> importFileHashes)
    {
        var text = new StringBuilder(seedHash);
        foreach (var fileHash in importFileHashes) text.Append(fileHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static void AppendWithLength(IncrementalHash hash, byte[] data)
    {
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, data.LongLength);
        hash.AppendData(length);
        hash.AppendData(data);
    }
}
