using System.Linq.Expressions;

namespace OpenData.Api.Querying;

/// <summary><c>startsWith</c>: the string begins with the value (folded in insensitive mode).</summary>
public sealed class StringStartsWithHandler : StringOperationHandler
{
    public override string Name => "startsWith";
    public override string Description => "Starts with the value (see `mode`). A missing value (null) never matches.";

    public override Expression Handle(FilterOperationContext context, Expression member, object? value) =>
        CallStringMethod(context, member, value!, nameof(string.StartsWith));
}
