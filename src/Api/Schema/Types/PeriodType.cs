using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

public sealed class PeriodType : ObjectGraphType<Observation>
{
    public PeriodType()
    {
        Name = "Period";
        Description = "When a value applies: a year, part of a year, a month, a range, a date, or up to a date.";
        Field<NonNullGraphType<PeriodKindType>>("kind").Description("The shape of the period.").Resolve(ctx => ctx.Source.PeriodKind);
        Field<NonNullGraphType<StringGraphType>>("text")
            .Description("Canonical text: 2021, 2022-H1, 2022-06, 2024-01/2024-09, 2024-10-15, ../2023-11-15 (to a date), 2024/.. (from a year on).")
            .Resolve(ctx => ctx.Source.Period);
        Field<DateOnlyGraphType>("start").Description("First day covered; null for an open start (\"to 2023-11-15\").").Resolve(ctx => ctx.Source.PeriodStart);
        Field<DateOnlyGraphType>("end").Description("Last day covered; null for an open end (\"2024 onward\").").Resolve(ctx => ctx.Source.PeriodEnd);
    }
}
