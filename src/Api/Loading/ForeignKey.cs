using System.Linq.Expressions;
using OpenData.Api.Querying;

namespace OpenData.Api.Loading;

/// <summary>
/// The column that points a child row at its parent, for <see cref="EntityLoaders.ByParent{T}"/>. Held in a static
/// field by each caller: compiling the key costs a dynamic method and JIT time, which must not be paid per batch.
/// </summary>
public sealed class ForeignKey<T>(Expression<Func<T, int>> key) where T : class
{
    /// <summary>The key read from a loaded row, to group rows by parent.</summary>
    public Func<T, int> Of { get; } = key.Compile();

    /// <summary>
    /// <c>row =&gt; keys.Contains(key(row))</c> with the keys as a SQL parameter (src/Api/Querying's
    /// <see cref="ValueParameter"/>): every batch shares one cached query plan, where a constant array would be
    /// inlined into the SQL and compiled anew for each set of keys.
    /// </summary>
    public Expression<Func<T, bool>> In(int[] keys) =>
        Expression.Lambda<Func<T, bool>>(InHandler.Contains(ValueParameter.Create(keys), key.Body), key.Parameters);
}
