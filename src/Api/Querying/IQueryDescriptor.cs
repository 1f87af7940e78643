using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>A <see cref="QueryDescriptor{T}"/> seen without its type argument, as the graph types and translators use it.</summary>
public interface IQueryDescriptor
{
    /// <summary>GraphQL name prefix: <c>Area</c> gives <c>AreaFilterInput</c>, <c>AreaSortInput</c>, <c>AreaConnection</c>.</summary>
    string Name { get; }
    Type EntityType { get; }
    FilterConvention Convention { get; }
    IReadOnlyList<FilterFieldDefinition> FilterFields { get; }
    IReadOnlyList<SortFieldDefinition> SortFields { get; }
    /// <summary>The unique key, last tie-break of every order and part of every cursor; null until <c>Key</c> is called.</summary>
    LambdaExpression? KeyMember { get; }
    /// <summary>Order used when <c>order</c> is not given (the key is appended).</summary>
    IReadOnlyList<(LambdaExpression Member, SortDirection Direction)> DefaultOrderKeys { get; }
    /// <summary>
    /// Members each GraphQL output field of the node type needs: explicit <c>Projects</c> entries, and every public
    /// settable scalar property under its camelCase name.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<MemberInfo>>> Projections { get; }
}
