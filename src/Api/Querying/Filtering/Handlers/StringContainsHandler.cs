using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>contains</c>: the value occurs in the string (folded in insensitive mode).</summary>
public sealed class StringContainsHandler : StringOperationHandler
{
    public override string Name => "contains";
    public override string Description => "Contains the value (see `mode`). A missing value (null) never matches.";

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        CallStringMethod(context, member, value!, nameof(string.Contains));
}
