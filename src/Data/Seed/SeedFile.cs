namespace OpenData.Data.Seed;

/// <summary>One file of the seed folder, read once so that the hash and the rows come from the same bytes.</summary>
public sealed record SeedFile(string Name, byte[] Bytes);
