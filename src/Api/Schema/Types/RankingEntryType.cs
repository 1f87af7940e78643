using GraphQL;
using GraphQL.Types;
using OpenData.Api.Loading;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class RankingEntryType : ObjectGraphType<RankingEntry>
{
    public RankingEntryType()
    {
        Name = "RankingEntry";
        Description = "An area's place in one edition of a ranking, as one source gives it. The same place from two sources is two entries.";
        this.NodeId(e => e.Id);
        Field(e => e.Rank, nullable: true).Description("Position (1 is first). Null where the edition publishes tiers, not ranks.");
        Field<NonNullGraphType<QualifierType>>("rankQualifier")
            .Description("EXACT for a stated rank; UPPER_BOUND for \"top 6\" or \"among the top 10\" (the rank is at most this).")
            .Resolve(ctx => ctx.Source.RankQualifier);
        Field(e => e.OutOf, nullable: true).Description("How many economies the edition ranks, where known.");
        Field(e => e.Score, nullable: true).Description("The index score, on the index's own scale, where the source gives one.");
        Field(e => e.Tier, nullable: true).Description("Publisher's tier or group where it gives one (GCI 2024: Tier 1).");
        Field(e => e.Derived).Description("True when the rank is worked out (from scores, or from \"up N places\") rather than published; the note says how.");
        Field(e => e.Note, nullable: true).Description("How a derived value was worked out, or what is ambiguous in the source.");
        Field<NonNullGraphType<RankingEditionType>>("edition")
            .Description("The edition this entry belongs to (its year and size).")
            .Resolve(ctx => EntityLoaders.ByIdUnlessLoaded(ctx, ctx.Source.Edition, ctx.Source.EditionId, e => e.Id));
        Field<NonNullGraphType<AreaType>>("area")
            .Description("The ranked area.")
            .Resolve(ctx => EntityLoaders.ById<Area>(ctx, ctx.Source.AreaId, a => a.Id));
        Field<NonNullGraphType<SourceType>>("source")
            .Description("Where this entry comes from, with its licence.")
            .Resolve(ctx => EntityLoaders.ByIdUnlessLoaded(ctx, ctx.Source.Source, ctx.Source.SourceId, s => s.Id));
        Field<RankingEntryType>("previousEntry")
            .Description("The same area's entry in the nearest earlier edition of the same index: from the same source where it has one, else the most authoritative.")
            .Resolve(ctx => RankingLoaders.Previous(ctx, ctx.Source));
        Field<IntGraphType>("previousRank")
            .Description("Rank in the nearest earlier edition (see previousEntry for its source and whether it is derived).")
            .Resolve(ctx => RankingLoaders.Previous(ctx, ctx.Source).Then(p => p?.Rank));
        Field<IntGraphType>("rankChange")
            .Description("Places gained since the previous edition: positive = climbed (86 → 71 is +15). Null without both ranks.")
            .Resolve(ctx => RankingLoaders.Previous(ctx, ctx.Source).Then(p => p?.Rank - ctx.Source.Rank));
    }
}
