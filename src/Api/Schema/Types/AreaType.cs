using GraphQL;
using GraphQL.Types;
using OpenData.Api.Loading;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class AreaType : ObjectGraphType<Area>
{
    private static readonly ForeignKey<Area> ChildrenOfArea = new(a => a.ParentId ?? 0);
    private static readonly ForeignKey<Observation> ObservationsOfArea = new(o => o.AreaId);

    public AreaType()
    {
        Name = "Area";
        Description = "A country, a province, or an aggregate (world, Europe, developed countries) that values describe.";
        this.NodeId(a => a.Id);
        Field(a => a.Code).Description("Stable code: ISO 3166-1 alpha-3 for countries (VNM), ISO 3166-2 for provinces (VN-HP), a short code for aggregates (WLD).");
        Field<NonNullGraphType<AreaKindType>>("kind").Description("Country, province or aggregate.").Resolve(ctx => ctx.Source.Kind);
        this.LocalizedName(a => a.NameEn, a => a.NameVi);
        Field(a => a.NameEn).Description("English name.");
        Field(a => a.NameVi, nullable: true).Description("Vietnamese name, with diacritics.");
        Field(a => a.Iso2, nullable: true).Description("ISO 3166-1 alpha-2 code, for countries.");
        Field(a => a.IsoNumeric, nullable: true).Description("ISO 3166-1 numeric code, for countries.");
        Field(a => a.Region, nullable: true).Description("UN M49 region, for countries (Asia).");
        Field(a => a.SubRegion, nullable: true).Description("UN M49 sub-region, for countries (South-eastern Asia).");
        Field<AreaType>("parent")
            .Description("The area this one belongs to (Viet Nam for Hai Phong).")
            .Resolve(ctx => ctx.Source.ParentId is { } id ? EntityLoaders.ById<Area>(ctx, id, a => a.Id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaType>>>>("children")
            .Description("Areas that belong to this one (provinces of a country), by code.")
            .Resolve(ctx => EntityLoaders.ByParent<Area>(ctx, "Area.children", ctx.Source.Id, ChildrenOfArea, q => q.OrderBy(a => a.Code)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankingEntryType>>>>("latestRankings")
            .Description("The area's entry in the latest edition of each ranking index it appears in, with the change since the edition before. Where several sources give that entry, the publisher's own dataset is preferred.")
            .Resolve(ctx => RankingLoaders.LatestPerIndex(ctx, ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("series")
            .Description("The area's observations of one indicator, oldest period first: every status (actual, estimate, forecast, target) and every source, each marked as such.")
            .Argument<NonNullGraphType<StringGraphType>>("indicator", "Indicator code, e.g. DIGITAL_ECONOMY_GDP_SHARE.")
            .Resolve(ctx =>
            {
                var code = ctx.GetArgument<string>("indicator");
                return EntityLoaders.ByParent<Observation>(ctx, $"Area.series:{code}", ctx.Source.Id, ObservationsOfArea,
                    q => q.Where(o => o.Indicator.Code == code).OrderBy(o => o.PeriodStart).ThenBy(o => o.Id));
            });
    }
}
