using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class UnitType : EnumerationGraphType<Unit>
{
    public UnitType()
    {
        Name = "Unit";
        Description = "Unit of an indicator's values.";
    }
}
