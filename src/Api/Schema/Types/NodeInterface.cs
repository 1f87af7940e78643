using GraphQL.Types;

namespace OpenData.Api.Schema.Types;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID, fetchable again with node(id:) (Relay's object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque, stable global ID of the object.");
    }
}
