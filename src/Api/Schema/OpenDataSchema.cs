namespace OpenData.Api.Schema;

public sealed class OpenDataSchema : GraphQL.Types.Schema
{
    public OpenDataSchema(IServiceProvider services, OpenDataQuery query) : base(services)
    {
        Description = "OpenData: a read-only GraphQL API over open statistics on digital transformation.";
        Query = query;
        // graphql-js's full introspection query asks for these; without them it fails validation.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        // graphql-dotnet's Decimal scalar has no description; every public type must have one.
        RegisterType(new GraphQL.Types.DecimalGraphType
        {
            Description = "A decimal number, exactly as the source states it (11.91, 376700000). Serialized as a JSON number.",
        });
    }

    protected override void OnBeforeInitializeType(GraphQL.Types.IGraphType graphType)
    {
        base.OnBeforeInitializeType(graphType);
        IntrospectionCompletion.Complete(graphType);
    }
}
