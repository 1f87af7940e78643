using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>endsWith</c>: the string ends with the value (folded in insensitive mode).</summary>
public sealed class StringEndsWithHandler : StringOperationHandler
{
    public override string Name => "endsWith";
    public override string Description => "Ends with the value (see `mode`). A missing value (null) never matches.";

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        CallStringMethod(context, member, value!, nameof(string.EndsWith));
}
