using GraphQL.DataLoader;
using OpenData.Api.Loading;
using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class ObservationType : ObjectGraphType<Observation>
{
    public ObservationType()
    {
        Name = "Observation";
        Description = "One value of an indicator for an area and period, exactly as its source states it: \"more than 20 %\" is a lower bound of 20, an estimate is not an actual.";
        this.NodeId(o => o.Id);
        Field(o => o.Value, nullable: true).Description("The headline value in the indicator's unit: the number stated, the bound for bounds, the low end for ranges. Null for date-valued indicators (the period is the value).");
        Field(o => o.Low, nullable: true).Description("Low end of a range (qualifier RANGE).");
        Field(o => o.High, nullable: true).Description("High end of a range (qualifier RANGE).");
        Field(o => o.OutOf, nullable: true).Description("Denominator where the source says \"N of M\" (30 of 30 ministries).");
        Field<NonNullGraphType<QualifierType>>("qualifier").Description("Exact, approximate, lower or upper bound, or range.").Resolve(ctx => ctx.Source.Qualifier);
        Field<NonNullGraphType<ValueStatusType>>("status").Description("Actual, estimate, forecast or target.").Resolve(ctx => ctx.Source.Status);
        Field(o => o.Derived).Description("True when worked out from what the source states (\"+11,765 on 2022\"); the note says how.");
        Field(o => o.Note, nullable: true).Description("How a derived value was worked out, or what is ambiguous in the source.");
        Field<NonNullGraphType<PeriodType>>("period").Description("When the value applies.").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<IndicatorType>>("indicator")
            .Description("What is measured.")
            .Resolve(ctx => EntityLoaders.ById<Indicator>(ctx, ctx.Source.IndicatorId, i => i.Id));
        Field<NonNullGraphType<UnitType>>("unit")
            .Description("The indicator's unit, repeated here for convenience.")
            .Resolve(ctx => EntityLoaders.ById<Indicator>(ctx, ctx.Source.IndicatorId, i => i.Id).Then(i => i!.Unit));
        Field<NonNullGraphType<AreaType>>("area")
            .Description("The area the value describes.")
            .Resolve(ctx => EntityLoaders.ById<Area>(ctx, ctx.Source.AreaId, a => a.Id));
        Field<PlatformType>("platform")
            .Description("The platform the value is about, if any.")
            .Resolve(ctx => ctx.Source.PlatformId is { } id ? EntityLoaders.ById<Platform>(ctx, id, p => p.Id) : null);
        Field<NonNullGraphType<SourceType>>("source")
            .Description("Where the value comes from, with its licence.")
            .Resolve(ctx => EntityLoaders.ById<Source>(ctx, ctx.Source.SourceId, s => s.Id));
    }
}
