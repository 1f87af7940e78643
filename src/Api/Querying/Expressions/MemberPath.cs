using System.Linq.Expressions;
using System.Reflection;

namespace OpenData.Api.Querying;

/// <summary>Helpers for member-access lambdas such as <c>a => a.Parent.Code</c>.</summary>
internal static class MemberPath
{
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly Lock NullabilityLock = new();

    /// <summary>Removes conversions the compiler adds (boxing to object, widening to an interface).</summary>
    public static Expression StripConvert(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs } unary)
            expression = unary.Operand;
        return expression;
    }

    /// <summary>The lambda with conversions stripped from its body.</summary>
    public static LambdaExpression Normalize(LambdaExpression lambda)
    {
        var body = StripConvert(lambda.Body);
        return body == lambda.Body ? lambda : Expression.Lambda(body, lambda.Parameters);
    }

    /// <summary>The chain of properties or fields from the parameter, or null when the body is not a plain member chain.</summary>
    public static IReadOnlyList<MemberInfo>? Members(LambdaExpression lambda)
    {
        var members = new List<MemberInfo>();
        var current = StripConvert(lambda.Body);
        while (current is MemberExpression member)
        {
            members.Add(member.Member);
            current = member.Expression is null ? null : StripConvert(member.Expression);
        }
        if (current != lambda.Parameters[0] || members.Count == 0) return null;
        members.Reverse();
        return members;
    }

    /// <summary>A member chain that must exist (descriptor configuration); throws with the author's expression otherwise.</summary>
    public static IReadOnlyList<MemberInfo> RequireMembers(LambdaExpression lambda, string what) =>
        Members(lambda) ?? throw new ArgumentException($"{what} must be a member access such as x => x.Name or x => x.Parent.Name, not {lambda}.");

    /// <summary>"Parent.Code".</summary>
    public static string Text(IReadOnlyList<MemberInfo> members) => string.Join(".", members.Select(m => m.Name));

    public static Type TypeOf(MemberInfo member) => member switch
    {
        PropertyInfo p => p.PropertyType,
        FieldInfo f => f.FieldType,
        _ => throw new ArgumentException($"{member.Name} is neither a property nor a field."),
    };

    /// <summary>
    /// Whether the chain can read null: a nullable value type, or a reference the nullable annotations say may be
    /// null, anywhere along the chain (a null parent makes <c>x.Parent.Code</c> null in SQL). Unannotated
    /// references count as nullable.
    /// </summary>
    public static bool CanBeNull(IReadOnlyList<MemberInfo> members)
    {
        foreach (var member in members)
        {
            var type = TypeOf(member);
            if (Nullable.GetUnderlyingType(type) is not null) return true;
            if (type.IsValueType) continue;
            NullabilityInfo info;
            lock (NullabilityLock)
            {
                info = member switch
                {
                    PropertyInfo p => Nullability.Create(p),
                    FieldInfo f => Nullability.Create(f),
                    _ => throw new ArgumentException(member.Name),
                };
            }
            if (info.ReadState != NullabilityState.NotNull) return true;
        }
        return false;
    }

    /// <summary>The type itself if it can hold null, else its nullable form.</summary>
    public static Type Lift(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    public static Expression Lift(Expression expression) =>
        Lift(expression.Type) == expression.Type ? expression : Expression.Convert(expression, Lift(expression.Type));

    public static Type Unwrap(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    /// <summary>"NameEn" → "nameEn".</summary>
    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
