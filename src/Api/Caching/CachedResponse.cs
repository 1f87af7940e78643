using System.Buffers.Binary;
using Microsoft.IO;

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

    /// <summary>
    /// Pooled 128 KiB blocks to serialize into. A MemoryStream doubles its array as an answer grows, and past 85 KB
    /// each of those arrays lands on the large-object heap: a 1,000-row page (400 KB) allocated 1.3 MB there per
    /// request and the GC ran a full collection nine times a second. The pool keeps at most 8 MiB of idle blocks.
    /// </summary>
    private static readonly RecyclableMemoryStreamManager Streams = new(new RecyclableMemoryStreamManager.Options
    {
        MaximumSmallPoolFreeBytes = 8 * 1024 * 1024,
        MaximumLargePoolFreeBytes = 8 * 1024 * 1024,
    });

    /// <summary>Lets <paramref name="writeBody"/> write the body after room for the cost, then fills the cost in.</summary>
    public static async Task<CachedResponse> BuildAsync(long cost, Func<Stream, Task> writeBody)
    {
        await using var stream = Streams.GetStream(nameof(CachedResponse));
        stream.Write(stackalloc byte[CostBytes]);
        await writeBody(stream);
        var entry = stream.ToArray();
        BinaryPrimitives.WriteInt64LittleEndian(entry, cost);
        return new CachedResponse(entry);
    }
}
