using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary>
/// Puts a value into a query as a SQL parameter (EF Core parameterizes member access on a constant object, as it
/// does for captured variables), so values never become literals in the SQL and query plans are shared.
/// </summary>
internal static class ValueParameter
{
    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    /// <summary>An expression of type <typeparamref name="T"/> that reads <paramref name="value"/> as a parameter.</summary>
    public static Expression Create<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    /// <summary>An expression of <paramref name="type"/> that reads <paramref name="value"/> as a parameter.</summary>
    public static Expression Create(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    /// <summary>
    /// A non-null value as a parameter of its non-nullable type, converted to <paramref name="type"/> when that is
    /// nullable: EF then knows the parameter is not null and writes no null compensation.
    /// </summary>
    public static Expression CreateNonNull(object value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        return underlying is null ? Create(value, type) : Expression.Convert(Create(value, underlying), type);
    }
}
