using GraphQL;
using GraphQL.DI;

namespace OpenData.Api.Tests.Caching;

/// <summary>Counts the operations graphql-dotnet actually executes (a cache hit never reaches it).</summary>
public sealed class ExecutionCounter : IConfigureExecution
{
    public int Executions;
    public float SortOrder => 0;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        Interlocked.Increment(ref Executions);
        return next(options);
    }
}
