using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class QualifierType : EnumerationGraphType<Qualifier>
{
    public QualifierType()
    {
        Name = "Qualifier";
        Description = "How a stated value relates to the true one: exact, approximate, a bound, or a range.";
    }
}
