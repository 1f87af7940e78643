using GraphQL.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema.Types;

/// <summary>Value descriptions come from the enum members' [Description] attributes in the model.</summary>
public sealed class TopicType : EnumerationGraphType<Topic>
{
    public TopicType()
    {
        Name = "Topic";
        Description = "Theme an indicator belongs to.";
    }
}
