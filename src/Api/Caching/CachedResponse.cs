using System.Buffers.Binary;

namespace OpenData.Api.Caching;

/// <summary>
/// A cached answer as the store keeps it, one array: the cost it charges on every hit (8 bytes) then its JSON body
/// without per-client extensions (made by <see cref="SerializedAnswer.ToCachedResponse"/>), stored and served as is.
/// </summary>
public sealed class CachedResponse
{
    internal const int CostBytes = sizeof(long);
    private readonly byte[] _entry;

    private CachedResponse(byte[] entry) => _entry = entry;

    public long Cost => BinaryPrimitives.ReadInt64LittleEndian(_entry);

    public ReadOnlyMemory<byte> Body => _entry.AsMemory(CostBytes);

    public byte[] ToBytes() => _entry;

    /// <summary>Null for bytes that cannot be an entry (a store shared with something else).</summary>
    public static CachedResponse? FromBytes(byte[] bytes) => bytes.Length > CostBytes ? new CachedResponse(bytes) : null;
}
