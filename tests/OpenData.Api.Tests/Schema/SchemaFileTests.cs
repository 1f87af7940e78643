using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Data.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

[Collection(SharedApi.Name)]
public sealed class SchemaFileTests(ApiFactory api)
{
    /// <summary>
    /// schema.graphql at the repository root is the API's printed manual; it must match the running schema.
    /// To refresh it after a schema change: <c>UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests</c>.
    /// </summary>
    [Fact]
    public void Schema_graphql_at_the_repository_root_matches_the_running_schema()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var printed = schema.Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryPaths.Root, "schema.graphql");

        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1") File.WriteAllText(path, printed);

        Assert.True(File.Exists(path), $"{path} is missing; create it with UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests.");
        Assert.True(File.ReadAllText(path).ReplaceLineEndings("\n") == printed,
            "schema.graphql is stale: refresh it with UPDATE_SCHEMA=1 dotnet test --filter SchemaFileTests and commit it.");
    }
}
