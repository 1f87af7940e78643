using Microsoft.Extensions.Options;

namespace OpenData.Api.Persisted;

/// <summary>A trusted-documents manifest that is missing, malformed or wrongly hashed fails start-up, not a request.</summary>
internal sealed class PersistedOperationsOptionsValidator : IValidateOptions<PersistedOperationsOptions>
{
    public ValidateOptionsResult Validate(string? name, PersistedOperationsOptions options)
    {
        if (options.MaxApqTotalQueryLength <= 0) return ValidateOptionsResult.Fail("PersistedOperations:MaxApqTotalQueryLength must be positive.");
        if (string.IsNullOrEmpty(options.ManifestPath))
            return options.AllowOnlyPersisted
                ? ValidateOptionsResult.Fail("PersistedOperations:AllowOnlyPersisted needs a ManifestPath of trusted documents.")
                : ValidateOptionsResult.Success;
        try
        {
            TrustedDocuments.Load(options.ManifestPath);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}
