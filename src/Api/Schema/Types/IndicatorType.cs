using GraphQL;
using GraphQL.Types;
using OpenData.Api.Loading;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class IndicatorType : ObjectGraphType<Indicator>
{
    private static readonly ForeignKey<Observation> ObservationsOfIndicator = new(o => o.IndicatorId);

    public IndicatorType()
    {
        Name = "Indicator";
        Description = "A measured quantity with a stable code, e.g. DIGITAL_ECONOMY_GDP_SHARE.";
        this.NodeId(i => i.Id);
        Field(i => i.Code).Description("Stable code in UPPER_SNAKE_CASE.");
        this.LocalizedName(i => i.NameEn, i => i.NameVi);
        Field(i => i.NameEn).Description("English name.");
        Field(i => i.NameVi, nullable: true).Description("Vietnamese name.");
        Field(i => i.Description, nullable: true).Description("What exactly is measured.");
        Field<NonNullGraphType<UnitType>>("unit").Description("Unit of the values.").Resolve(ctx => ctx.Source.Unit);
        Field<NonNullGraphType<TopicType>>("topic").Description("Theme of the indicator.").Resolve(ctx => ctx.Source.Topic);
        Field(i => i.HigherIsBetter, nullable: true).Description("Whether a higher value is better; null where neither is.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObservationType>>>>("observations")
            .Description("Every observation of the indicator, by area code then period; optionally for one area.")
            .Argument<StringGraphType>("area", "Only this area's observations (an area code such as VNM).")
            .Resolve(ctx =>
            {
                var area = ctx.GetArgument<string?>("area");
                return EntityLoaders.ByParent<Observation>(ctx, $"Indicator.observations:{area}", ctx.Source.Id, ObservationsOfIndicator,
                    q => (area is null ? q : q.Where(o => o.Area.Code == area))
                        .OrderBy(o => o.Area.Code).ThenBy(o => o.PeriodStart).ThenBy(o => o.Id));
            });
    }
}
