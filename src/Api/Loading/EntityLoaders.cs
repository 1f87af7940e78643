using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using OpenData.Data.Storage;

namespace OpenData.Api.Loading;

/// <summary>
/// Batched lookups for nested fields: however many parents a level has, each kind of lookup is one SQL
/// command (WHERE key IN (...)), never one per parent row.
/// </summary>
public static class EntityLoaders
{
    /// <summary>The entity with this primary key, batched with every other asked for at the same level.</summary>
    public static IDataLoaderResult<T?> ById<T>(IResolveFieldContext context, int id, Func<T, int> keyOf) where T : class =>
        Registry(context).Get<int, T, (IResolveFieldContext, Func<T, int>)>(ByIdName<T>.Value, (context, keyOf), static state =>
            async (IReadOnlyCollection<int> keys, CancellationToken ct) =>
            {
                var (context, keyOf) = state;
                await using var db = await Factory(context).CreateDbContextAsync(ct);
                var rows = new Dictionary<int, T>(keys.Count);
                var query = context.RequestServices!.GetRequiredService<ByIdQueries>().For<T>();
                await foreach (var row in query(db, keys.ToArray()).WithCancellation(ct)) rows[keyOf(row)] = row;
                return (IReadOnlyDictionary<int, T>)rows;
            }).Load(id);

    /// <summary>
    /// The related entity the parent row already carries (loaded with it through an Include), else
    /// <see cref="ById{T}"/>: a field must not send a query for what the parent's query fetched.
    /// </summary>
    public static object? ByIdUnlessLoaded<T>(IResolveFieldContext context, T? loaded, int id, Func<T, int> keyOf) where T : class =>
        loaded ?? (object)ById(context, id, keyOf);

    /// <summary>
    /// The children whose foreign key is <paramref name="parentId"/>, batched across parents; <paramref name="shape"/>
    /// adds ordering (and any fixed filter) in SQL.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>?> ByParent<T>(
        IResolveFieldContext context,
        string name,
        int parentId,
        ForeignKey<T> foreignKey,
        Func<IQueryable<T>, IQueryable<T>> shape) where T : class
    {
        return Registry(context).Get<int, IReadOnlyList<T>, (IResolveFieldContext, ForeignKey<T>, Func<IQueryable<T>, IQueryable<T>>)>(
            name, (context, foreignKey, shape), static state =>
            async (IReadOnlyCollection<int> keys, CancellationToken ct) =>
            {
                var (context, foreignKey, shape) = state;
                var wanted = keys.ToArray();
                await using var db = await Factory(context).CreateDbContextAsync(ct);
                var rows = await shape(db.Set<T>().Where(foreignKey.In(wanted))).ToListAsync(ct);
                var groups = rows.GroupBy(foreignKey.Of).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
                foreach (var key in wanted) groups.TryAdd(key, []);
                return (IReadOnlyDictionary<int, IReadOnlyList<T>>)groups;
            }).Load(parentId);
    }

    /// <summary>The loader name of lookups by id, made once per type instead of once per row.</summary>
    private static class ByIdName<T>
    {
        public static readonly string Value = typeof(T).Name + ":id";
    }

    public static IDbContextFactory<OpenDataDbContext> Factory(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<OpenDataDbContext>>();

    private static BatchLoaderRegistry Registry(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<BatchLoaderRegistry>();
}
