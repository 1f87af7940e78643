using GraphQL.Types.Relay.DataObjects;

namespace OpenData.Api.Querying;

/// <summary>What the connection graph types read, without the node type.</summary>
public interface IConnection
{
    IEnumerable<object> Nodes { get; }
    IEnumerable<IEdge> Edges { get; }
    PageInfo PageInfo { get; }
    /// <summary>Rows matching <c>where</c>, ignoring paging; null when <c>totalCount</c> was not selected.</summary>
    int? TotalCount { get; }
}

/// <summary>An edge as the graph types read it.</summary>
public interface IEdge
{
    string Cursor { get; }
    object Node { get; }
}

/// <summary>One page of a connection.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount) : IConnection where T : class
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
    public PageInfo PageInfo { get; } = pageInfo;
    public int? TotalCount { get; } = totalCount;

    IEnumerable<object> IConnection.Nodes => Nodes;
    IEnumerable<IEdge> IConnection.Edges => Edges;
}

/// <summary>A node with its cursor, encoded from its sort keys only when asked for (most pages select nodes, not edges).</summary>
public sealed class Edge<T>(T node, SortPlan plan, IReadOnlyList<object?> keys) : IEdge where T : class
{
    public string Cursor => field ??= Querying.Cursor.Encode(plan, keys);
    public T Node { get; } = node;
    object IEdge.Node => Node;
}
