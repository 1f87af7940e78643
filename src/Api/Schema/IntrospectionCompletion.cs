using GraphQL.Types;

namespace OpenData.Api.Schema;

/// <summary>
/// graphql-dotnet 8.8.5's introspection types lack two members of the current spec that graphql-js's full
/// introspection query (every option on) asks for: <c>__Type.specifiedByURL</c> and the
/// <c>includeDeprecated</c> argument of <c>__Directive.args</c>. Without them that query fails
/// validation, so standard tooling (GraphiQL, codegen) cannot load the schema. Added before the types
/// are initialized, so they resolve like any other member.
/// </summary>
internal static class IntrospectionCompletion
{
    public static void Complete(IGraphType graphType)
    {
        if (graphType is IComplexGraphType { Name: "__Type" } type && !type.HasField("specifiedByURL"))
        {
            type.AddField(new FieldType
            {
                Name = "specifiedByURL",
                Description = "For custom scalars, a URL to the specification of the data format; none of ours has one.",
                Type = typeof(StringGraphType),
                Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(_ => null),
            });
        }
        if (graphType is IComplexGraphType { Name: "__Directive" } directive && directive.GetField("args") is { } args
            && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType>
            {
                Name = "includeDeprecated",
                Description = "Include deprecated arguments (no directive of this schema has any).",
                DefaultValue = false,
            });
        }
    }
}
