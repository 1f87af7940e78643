using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenData.Data.Storage;

namespace OpenData.Api.Loading;

/// <summary>
/// EF Core compiled queries fetching rows by primary key, one per entity type: translated on first use, then run
/// without rebuilding the LINQ or looking it up in EF's query cache. A singleton, not static: a compiled query only
/// runs against the model it was compiled for, and a process may hold several (tests run SQLite and PostgreSQL side
/// by side).
/// </summary>
public sealed class ByIdQueries
{
    private readonly ConcurrentDictionary<Type, object> _queries = new();

    public Func<OpenDataDbContext, int[], IAsyncEnumerable<T>> For<T>() where T : class =>
        (Func<OpenDataDbContext, int[], IAsyncEnumerable<T>>)_queries.GetOrAdd(typeof(T), static _ =>
            EF.CompileAsyncQuery((OpenDataDbContext db, int[] ids) => db.Set<T>().Where(e => ids.Contains(EF.Property<int>(e, "Id")))));
}
