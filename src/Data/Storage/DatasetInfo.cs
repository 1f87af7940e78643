using Microsoft.EntityFrameworkCore;

namespace OpenData.Data.Storage;

/// <summary>What a user needs to cite the dataset as a whole: its version, when it was built, what it holds.</summary>
public sealed record DatasetInfo(
    string Version,
    DateTimeOffset BuiltAt,
    DateTimeOffset UpdatedAt,
    int Areas,
    int Sources,
    int Indicators,
    int Observations,
    int RankingEntries)
{
    public const string Name = "OpenData: Viet Nam digital transformation statistics";

    public const string LicenceNote =
        "Every value is a fact quoted from a named source and stays under that source's terms: each " +
        "observation and ranking entry links to its source, whose licence field says what re-use it allows " +
        "(for example ITU data is for non-commercial use, WIPO GII reports are CC BY-NC-ND 3.0 IGO). " +
        "Cite the source shown with each value, and this dataset's version.";

    public static async Task<DatasetInfo?> LoadAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        var state = await db.DatasetStates.SingleOrDefaultAsync(cancellationToken);
        if (state is null) return null;
        return new DatasetInfo(
            state.Version,
            state.BuiltAt,
            state.UpdatedAt,
            await db.Areas.CountAsync(cancellationToken),
            await db.Sources.CountAsync(cancellationToken),
            await db.Indicators.CountAsync(cancellationToken),
            await db.Observations.CountAsync(cancellationToken),
            await db.RankingEntries.CountAsync(cancellationToken));
    }
}
