using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>
/// Limits and text folding for <c>where</c>, <c>order</c> and connections. Bound from the configuration
/// section <see cref="Section"/>; the fold function is set in code (a method is not a setting).
/// </summary>
public sealed class QueryingOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string Section = "Querying";

    /// <summary>Page size when a connection is asked for with neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>Largest <c>first</c> or <c>last</c> accepted; more is an <c>OD_PAGE_SIZE</c> error, never a silent cut.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>
    /// A static <c>string → string</c> method that EF Core maps to a database function which lower-cases and strips
    /// diacritics (e.g. a <c>[DbFunction]</c> or <c>HasDbFunction</c> mapping). String filters with
    /// <c>mode: INSENSITIVE</c> compare <c>FoldFunction(column)</c> with <see cref="FoldValue"/>(value), in SQL.
    /// Without it, <c>INSENSITIVE</c> is rejected.
    /// </summary>
    public MethodInfo? FoldFunction { get; set; }

    /// <summary>The same folding in .NET, applied to the filter's value before it becomes a SQL parameter.</summary>
    public Func<string, string>? FoldValue { get; set; }
}
