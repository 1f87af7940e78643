using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using GraphQL;
using OpenData.Api.Errors;

namespace OpenData.Api.Querying;

/// <summary>What a handler may need besides the member and the value: options, string mode, where it is in the filter.</summary>
public sealed class FilterOperationContext
{
    internal FilterOperationContext(QueryingOptions options, string path, StringMatchMode mode)
    {
        Options = options;
        Path = path;
        Mode = mode;
    }

    public QueryingOptions Options { get; }

    /// <summary>Where the operator is, for messages: <c>where.parent.nameEn.contains</c>.</summary>
    public string Path { get; }

    /// <summary>The <c>mode</c> given next to the operator (string inputs); <see cref="StringMatchMode.Exact"/> otherwise.</summary>
    public StringMatchMode Mode { get; }

    /// <summary>The value as a SQL parameter of the member's type (converted from the GraphQL scalar's CLR type).</summary>
    public Expression Parameter(object value, Type memberType) => ValueParameter.CreateNonNull(Convert(value, memberType), memberType);

    /// <summary>
    /// A list value as a SQL parameter: a <c>List&lt;T&gt;</c> of the member's type. Nulls are kept only for members
    /// that can be null (they then match IS NULL); for others they can match nothing and are dropped.
    /// </summary>
    public Expression ListParameter(object value, Type memberType, Func<object, object>? map = null)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(memberType))!;
        var canBeNull = MemberPath.Lift(memberType) == memberType;
        foreach (var item in (IEnumerable)value)
        {
            if (item is null)
            {
                if (canBeNull) list.Add(null);
                continue;
            }
            var converted = Convert(item, memberType);
            list.Add(map is null ? converted : map(converted));
        }
        return ValueParameter.Create(list, list.GetType());
    }

    /// <summary>An error that names this operator: the value given cannot be used.</summary>
    public ExecutionError Invalid(string message) => new($"{Path}: {message}") { Code = ErrorCodes.InvalidFilter };

    /// <summary>Converts a parsed GraphQL value (int, long, double, decimal, DateOnly, …) to the member's type.</summary>
    internal static object Convert(object value, Type memberType)
    {
        var target = MemberPath.Unwrap(memberType);
        // The same instant in UTC: Npgsql writes only offset 0 to timestamptz, and comparisons are on instants anyway.
        if (value is DateTimeOffset offset) return offset.ToUniversalTime();
        if (target.IsInstanceOfType(value)) return value;
        if (target.IsEnum) return Enum.ToObject(target, value);
        if (target == typeof(DateTimeOffset) && value is DateTime dateTime) return new DateTimeOffset(dateTime);
        if (target == typeof(DateOnly) && value is DateTime date) return DateOnly.FromDateTime(date);
        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }
}
