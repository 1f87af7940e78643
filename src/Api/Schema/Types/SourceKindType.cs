using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class SourceKindType : EnumerationGraphType<SourceKind>
{
    public SourceKindType()
    {
        Name = "SourceKind";
        Description = "What kind of document or dataset a source is.";
    }
}
