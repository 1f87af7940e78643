using Microsoft.Extensions.Options;

namespace OpenData.Api.Querying;

/// <summary>Checks <see cref="QueryingOptions"/> at start: page sizes in range, fold function and fold value set together.</summary>
public sealed class QueryingOptionsValidator : IValidateOptions<QueryingOptions>
{
    public ValidateOptionsResult Validate(string? name, QueryingOptions options)
    {
        var failures = new List<string>();
        if (options.MaxPageSize < 1)
            failures.Add($"{QueryingOptions.Section}:{nameof(QueryingOptions.MaxPageSize)} must be at least 1 (is {options.MaxPageSize}).");
        if (options.DefaultPageSize < 1 || options.DefaultPageSize > options.MaxPageSize)
            failures.Add($"{QueryingOptions.Section}:{nameof(QueryingOptions.DefaultPageSize)} must be between 1 and MaxPageSize ({options.MaxPageSize}); it is {options.DefaultPageSize}.");
        if ((options.FoldFunction is null) != (options.FoldValue is null))
            failures.Add($"{nameof(QueryingOptions.FoldFunction)} and {nameof(QueryingOptions.FoldValue)} must be set together.");
        if (options.FoldFunction is { } fold && (!fold.IsStatic || fold.ReturnType != typeof(string)
            || fold.GetParameters() is not [{ ParameterType: var p }] || p != typeof(string)))
            failures.Add($"{nameof(QueryingOptions.FoldFunction)} must be a static method taking and returning a string; {fold.DeclaringType?.Name}.{fold.Name} is not.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
