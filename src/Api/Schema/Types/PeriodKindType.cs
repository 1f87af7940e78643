using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class PeriodKindType : EnumerationGraphType<PeriodKind>
{
    public PeriodKindType()
    {
        Name = "PeriodKind";
        Description = "The shape of a period: a year, part of a year, a month, a range, a date, or up to a date.";
    }
}
