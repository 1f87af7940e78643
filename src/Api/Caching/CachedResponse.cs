using System.Buffers.Binary;

namespace OpenData.Api.Caching;

/// <summary>A cached answer: its JSON body (without per-client extensions) and the cost it charges on every hit.</summary>
public sealed record CachedResponse(ReadOnlyMemory<byte> Body, long Cost)
{
    public byte[] ToBytes()
    {
        var bytes = new byte[8 + Body.Length];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, Cost);
        Body.Span.CopyTo(bytes.AsSpan(8));
        return bytes;
    }

    public static CachedResponse FromBytes(byte[] bytes) => new(bytes.AsMemory(8), BinaryPrimitives.ReadInt64LittleEndian(bytes));
}
