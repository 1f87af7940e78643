using GraphQL.Types;
using OpenData.Api.Loading;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class RankingEditionType : ObjectGraphType<RankingEdition>
{
    private static readonly ForeignKey<RankingEntry> EntriesOfEdition = new(e => e.EditionId);

    public RankingEditionType()
    {
        Name = "RankingEdition";
        Description = "One published edition of a ranking index.";
        this.NodeId(e => e.Id);
        Field(e => e.Year).Description("The edition's year (the survey year for EGDI).");
        Field(e => e.Period, nullable: true).Description("Period covered where finer than a year (2022-06 for a monthly chart).");
        Field(e => e.EconomiesRanked, nullable: true).Description("How many economies the edition ranks, where known.");
        Field<NonNullGraphType<RankingIndexType>>("index")
            .Description("The ranking index.")
            .Resolve(ctx => EntityLoaders.ByIdUnlessLoaded(ctx, ctx.Source.Index, ctx.Source.IndexId, i => i.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingEntryType>>>>("entries")
            .Description("Every entry of the edition, best rank first (entries without a rank last), from every source.")
            .Resolve(ctx => EntityLoaders.ByParent<RankingEntry>(ctx, "RankingEdition.entries", ctx.Source.Id, EntriesOfEdition,
                q => q.OrderBy(e => e.Rank == null).ThenBy(e => e.Rank).ThenBy(e => e.Id)));
    }
}
