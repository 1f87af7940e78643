using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class ValueStatusType : EnumerationGraphType<ValueStatus>
{
    public ValueStatusType()
    {
        Name = "ValueStatus";
        Description = "Whether a value is an actual outcome, an estimate, a forecast or a target.";
    }
}
