using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary>
/// Base of the string operators: with <c>mode: INSENSITIVE</c> both sides are folded, the column by
/// <see cref="QueryingOptions.FoldFunction"/> in SQL, the value by <see cref="QueryingOptions.FoldValue"/> in .NET.
/// </summary>
public abstract class StringOperationHandler : FilterOperationHandler
{
    /// <summary>The member as compared: itself, or <c>fold(member)</c> in insensitive mode.</summary>
    protected static Expression Subject(FilterOperationContext context, Expression member)
    {
        if (context.Mode == StringMatchMode.Exact) return member;
        var fold = context.Options.FoldFunction
            ?? throw context.Invalid("mode INSENSITIVE is not available: the server has no fold function configured.");
        return Expression.Call(fold, member);
    }

    /// <summary>The value as compared: itself, or folded in insensitive mode.</summary>
    protected static string Fold(FilterOperationContext context, string value) =>
        context.Mode == StringMatchMode.Exact ? value : context.Options.FoldValue!(value);

    /// <summary>The value as a SQL parameter, folded in insensitive mode.</summary>
    protected static Expression Parameter(FilterOperationContext context, object value) =>
        ValueParameter.Create(Fold(context, (string)value), typeof(string));

    /// <summary>A list value as a SQL parameter, each item folded in insensitive mode.</summary>
    protected static Expression ListParameter(FilterOperationContext context, object value) =>
        context.ListParameter(value, typeof(string), item => Fold(context, (string)item));

    /// <summary><c>Subject(member).Method(value)</c> for <c>Contains</c>, <c>StartsWith</c>, <c>EndsWith</c>.</summary>
    protected static Expression CallStringMethod(FilterOperationContext context, Expression member, object value, string method) =>
        Expression.Call(Subject(context, member), typeof(string).GetMethod(method, [typeof(string)])!, Parameter(context, value));
}
