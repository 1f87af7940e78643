using System.Buffers.Binary;

namespace OpenData.Api.Caching;

/// <summary>
/// A cached answer as the store keeps it, one array: the cost it charges on every hit (8 bytes) then its JSON body
/// without per-client extensions. Serialized straight after room for the cost (<see cref="BuildAsync"/>), so the
/// body is copied once, into this array, and stored and served from it as is.
/// </summary>
public sealed class CachedResponse
{
    private const int CostBytes = sizeof(long);
    private readonly byte[] _entry;

    private CachedResponse(byte[] entry) => _entry = entry;

    public long Cost => BinaryPrimitives.ReadInt64LittleEndian(_entry);

    public ReadOnlyMemory<byte> Body => _entry.AsMemory(CostBytes);

    public byte[] ToBytes() => _entry;

    /// <summary>Null for bytes that cannot be an entry (a store shared with something else).</summary>
    public static CachedResponse? FromBytes(byte[] bytes) => bytes.Length > CostBytes ? new CachedResponse(bytes) : null;

    /// <summary>Lets <paramref name="writeBody"/> write the body after room for the cost, then fills the cost in.</summary>
    public static async Task<CachedResponse> BuildAsync(long cost, Func<Stream, Task> writeBody)
    {
        using var stream = new MemoryStream();
        stream.Write(stackalloc byte[CostBytes]);
        await writeBody(stream);
        var entry = stream.ToArray();
        BinaryPrimitives.WriteInt64LittleEndian(entry, cost);
        return new CachedResponse(entry);
    }
}
