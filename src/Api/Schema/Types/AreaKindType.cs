using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class AreaKindType : EnumerationGraphType<AreaKind>
{
    public AreaKindType()
    {
        Name = "AreaKind";
        Description = "What kind of place an area is.";
    }
}
