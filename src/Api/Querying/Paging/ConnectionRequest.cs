using GraphQL;

namespace OpenData.Api.Querying;

/// <summary>Everything a connection query needs from a field: <c>where</c>, <c>order</c>, paging and the selection.</summary>
public sealed class ConnectionRequest
{
    /// <summary>The parsed <c>where</c> value; null for no condition.</summary>
    public IDictionary<string, object?>? Where { get; init; }
    /// <summary>The <c>order</c> items; null or empty for the descriptor's default order.</summary>
    public IReadOnlyList<SortItem>? Order { get; init; }
    public PagingArguments Paging { get; init; } = new();
    public ConnectionSelection Selection { get; init; } = ConnectionSelection.Everything;

    /// <summary>Reads the arguments <c>where</c>, <c>order</c>, <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c> and the selection.</summary>
    public static ConnectionRequest FromContext(IResolveFieldContext context) => new()
    {
        Where = WhereArgument(context),
        Order = SortArgument.FromContext(context),
        Paging = PagingArguments.FromContext(context),
        Selection = ConnectionSelection.FromContext(context),
    };

    /// <summary>The parsed <c>where</c> argument (input objects arrive as dictionaries).</summary>
    public static IDictionary<string, object?>? WhereArgument(IResolveFieldContext context, string argument = "where") =>
        context.Arguments is not null && context.Arguments.TryGetValue(argument, out var value) ? value.Value as IDictionary<string, object?> : null;
}
