using System.Linq.Expressions;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace OpenData.Api.Querying;

/// <summary>
/// The pieces of a connection for use outside <c>ConnectionField</c>: filter, order, and a whole keyset-paged
/// connection, all as one <see cref="IQueryable{T}"/> that EF Core translates to SQL.
/// </summary>
public static class QueryableExtensions
{
    /// <summary>WHERE for a parsed <c>where</c> value; the source unchanged when it sets no condition.</summary>
    public static IQueryable<T> ApplyWhere<T>(this IQueryable<T> source, QueryDescriptor<T> descriptor, IDictionary<string, object?>? where, QueryingOptions options)
        where T : class =>
        FilterTranslator.Translate<T>(descriptor, where, options) is { } predicate ? source.Where(predicate) : source;

    /// <summary>ORDER BY the <c>order</c> items (or the default order), the descriptor's key last.</summary>
    public static IOrderedQueryable<T> ApplyOrder<T>(this IQueryable<T> source, QueryDescriptor<T> descriptor, IReadOnlyList<SortItem>? order)
        where T : class =>
        SortKeys.ApplyOrder(source, SortKeys.Plan(descriptor, order));

    /// <summary>
    /// One page: where → order → keyset (after/before) → take n+1 → projection, in one SELECT, plus a COUNT when
    /// <see cref="ConnectionSelection.TotalCount"/>. Argument errors are raised before the database is touched.
    /// </summary>
    public static async Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> source, QueryDescriptor<T> descriptor, ConnectionRequest request, QueryingOptions options, CancellationToken cancellationToken)
        where T : class
    {
        var (size, backward) = request.Paging.Validate(options);
        var plan = SortKeys.Plan(descriptor, request.Order);
        var after = request.Paging.After is { } a ? Cursor.Decode(plan, a, "after") : null;
        var before = request.Paging.Before is { } b ? Cursor.Decode(plan, b, "before") : null;
        var filtered = source.AsNoTracking().ApplyWhere(descriptor, request.Where, options);

        var edges = new List<Edge<T>>();
        bool hasNext = false, hasPrevious = false;
        if (request.Selection.Page)
        {
            IQueryable<T> query = SortKeys.ApplyOrder(filtered, plan, reverse: backward);
            if (after is not null) query = query.Where(SortKeys.After<T>(plan, after));
            if (before is not null) query = query.Where(SortKeys.After<T>(plan, before, reverse: true));
            var rows = await query.Take(size + 1).Select(RowSelector<T>(descriptor, plan, request.Selection)).ToListAsync(cancellationToken);
            var more = rows.Count > size;
            if (more) rows.RemoveAt(size);
            if (backward) rows.Reverse();
            edges.AddRange(rows.Select(r => new Edge<T>(r.Node, plan, r.Keys)));
            // Exact where the query looked beyond the page; on the other side, the cursor's presence (Relay allows it).
            hasNext = backward ? before is not null : more;
            hasPrevious = backward ? more : after is not null;
        }
        int? total = request.Selection.TotalCount ? await filtered.CountAsync(cancellationToken) : null;
        var pageInfo = new PageInfo
        {
            HasNextPage = hasNext,
            HasPreviousPage = hasPrevious,
            StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
        };
        return new Connection<T>(edges, pageInfo, total);
    }

    /// <summary><c>x => new KeyedRow { Node = new T { … }, Keys = new object[] { key1, key2, … } }</c>.</summary>
    private static Expression<Func<T, KeyedRow<T>>> RowSelector<T>(IQueryDescriptor descriptor, SortPlan plan, ConnectionSelection selection)
    {
        var always = plan.Keys.Where(k => k.Members.Count == 1).Select(k => k.Members)
            .Append(MemberPath.RequireMembers(descriptor.KeyMember!, "Key"));
        var node = Projection.Build(descriptor, selection.NodeFields, plan.Root, always) ?? plan.Root;
        var keys = Expression.NewArrayInit(typeof(object), plan.Keys.Select(k => Expression.Convert(k.Body, typeof(object))));
        var row = Expression.MemberInit(Expression.New(typeof(KeyedRow<T>)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Node))!, node),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, keys));
        return Expression.Lambda<Func<T, KeyedRow<T>>>(row, plan.Root);
    }
}
