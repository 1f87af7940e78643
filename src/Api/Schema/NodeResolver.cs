using GraphQL;
using GraphQL.DataLoader;
using OpenData.Api.Errors;
using OpenData.Api.Loading;
using OpenData.Data.Model;

namespace OpenData.Api.Schema;

/// <summary>Fetches any Node by its global ID, batched like every other lookup.</summary>
internal static class NodeResolver
{
    public static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string globalId)
    {
        var (typeName, id) = GlobalId.Decode(globalId);
        return typeName switch
        {
            "Area" => EntityLoaders.ById<Area>(context, id, e => e.Id).Then(e => (object?)e),
            "Source" => EntityLoaders.ById<Source>(context, id, e => e.Id).Then(e => (object?)e),
            "Indicator" => EntityLoaders.ById<Indicator>(context, id, e => e.Id).Then(e => (object?)e),
            "Observation" => EntityLoaders.ById<Observation>(context, id, e => e.Id).Then(e => (object?)e),
            "Platform" => EntityLoaders.ById<Platform>(context, id, e => e.Id).Then(e => (object?)e),
            "RankingIndex" => EntityLoaders.ById<RankingIndex>(context, id, e => e.Id).Then(e => (object?)e),
            "RankingEdition" => EntityLoaders.ById<RankingEdition>(context, id, e => e.Id).Then(e => (object?)e),
            "RankingEntry" => EntityLoaders.ById<RankingEntry>(context, id, e => e.Id).Then(e => (object?)e),
            _ => throw new ExecutionError($"'{globalId}' is not an ID issued by this API.") { Code = ErrorCodes.InvalidId },
        };
    }
}
