using GraphQL;
using OpenData.Api.Errors;

namespace OpenData.Api.Querying;

/// <summary>The Relay paging arguments of a connection: <c>first</c>/<c>after</c> forwards, <c>last</c>/<c>before</c> backwards.</summary>
public sealed class PagingArguments
{
    public int? First { get; init; }
    public string? After { get; init; }
    public int? Last { get; init; }
    public string? Before { get; init; }

    public static PagingArguments FromContext(IResolveFieldContext context) => new()
    {
        First = context.GetArgument<int?>("first"),
        After = context.GetArgument<string?>("after"),
        Last = context.GetArgument<int?>("last"),
        Before = context.GetArgument<string?>("before"),
    };

    /// <summary>
    /// The page size and direction (backward when <c>last</c> is given). Errors: <c>first</c> with <c>last</c>, or a
    /// negative value → <c>OD_PAGING_ARGUMENTS</c>; more than <see cref="QueryingOptions.MaxPageSize"/> → <c>OD_PAGE_SIZE</c>.
    /// </summary>
    public (int Size, bool Backward) Validate(QueryingOptions options)
    {
        if (First is not null && Last is not null)
            throw new ExecutionError("Give first or last, not both: first pages forwards from the start (or from after), last backwards from the end (or from before).")
            { Code = ErrorCodes.PagingArguments };
        foreach (var (name, value) in new[] { ("first", First), ("last", Last) })
        {
            if (value < 0)
                throw new ExecutionError($"{name} must be 0 or more; it is {value}.") { Code = ErrorCodes.PagingArguments };
            if (value > options.MaxPageSize)
                throw new ExecutionError($"{name} is {value}, over the maximum page size of {options.MaxPageSize}: ask for at most {options.MaxPageSize} items and page on with the cursors.")
                { Code = ErrorCodes.PageSize };
        }
        return Last is { } last ? (last, true) : (First ?? options.DefaultPageSize, false);
    }
}
