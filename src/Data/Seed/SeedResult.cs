namespace OpenData.Data.Seed;

/// <summary>What <see cref="SeedLoader.SyncAsync"/> did.</summary>
/// <param name="Changed">True when the seed rows were (re)written; false when the database already held these files.</param>
/// <param name="SeedHash">Hash of the seed files and the model version (see <see cref="Seed.SeedHash"/>).</param>
/// <param name="Version">The dataset version after the call.</param>
/// <param name="Observations">Observations written by this call (0 when nothing changed).</param>
/// <param name="RankingEntries">Ranking entries written by this call (0 when nothing changed).</param>
public sealed record SeedResult(bool Changed, string SeedHash, string Version, int Observations, int RankingEntries);
