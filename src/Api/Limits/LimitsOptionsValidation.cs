using System.Net;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Limits;

/// <summary>Rejects, at start, limits that cannot work (zero, negative, a budget smaller than one request).</summary>
public sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions o)
    {
        var failures = new List<string>();
        void Positive(int value, string setting)
        {
            if (value < 1) failures.Add($"{LimitsOptions.Section}:{setting} must be at least 1 (it is {value}).");
        }
        Positive(o.MaxBodyBytes, nameof(o.MaxBodyBytes));
        if (o.MaxBodyBytes > 1 << 30) failures.Add($"{LimitsOptions.Section}:{nameof(o.MaxBodyBytes)} must be at most 1 GiB (it is {o.MaxBodyBytes}).");
        Positive(o.MaxQueryLength, nameof(o.MaxQueryLength));
        Positive(o.MaxTokens, nameof(o.MaxTokens));
        Positive(o.MaxParserDepth, nameof(o.MaxParserDepth));
        Positive(o.MaxSelectionDepth, nameof(o.MaxSelectionDepth));
        Positive(o.MaxAliases, nameof(o.MaxAliases));
        Positive(o.MaxRootFields, nameof(o.MaxRootFields));
        Positive(o.MaxFields, nameof(o.MaxFields));
        Positive(o.MaxIntrospectionDepth, nameof(o.MaxIntrospectionDepth));
        Positive(o.MaxCost, nameof(o.MaxCost));
        Positive(o.DefaultListSize, nameof(o.DefaultListSize));
        Positive(o.MaxVariablesBytes, nameof(o.MaxVariablesBytes));
        Positive(o.DownloadRowsPerPoint, nameof(o.DownloadRowsPerPoint));
        if (o.ExecutionTimeout <= TimeSpan.Zero)
            failures.Add($"{LimitsOptions.Section}:{nameof(o.ExecutionTimeout)} must be positive (it is {o.ExecutionTimeout}).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Rejects, at start, budgets that cannot work, duplicate or short API keys, and unparsable proxies.</summary>
public sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitOptions o)
    {
        var failures = new List<string>();
        const string s = RateLimitOptions.Section;
        if (o.Store == RateLimitStore.Redis && string.IsNullOrWhiteSpace(o.Redis))
            failures.Add($"{s}:Redis (a connection string) is required when {s}:Store is Redis.");
        if (string.IsNullOrWhiteSpace(o.KeyPrefix)) failures.Add($"{s}:KeyPrefix must not be empty.");
        if (string.IsNullOrWhiteSpace(o.ApiKeyHeader)) failures.Add($"{s}:ApiKeyHeader must not be empty.");
        if (o.RedisRetryInterval <= TimeSpan.Zero) failures.Add($"{s}:RedisRetryInterval must be positive.");
        if (o.FallbackBudget < 1) failures.Add($"{s}:FallbackBudget must be at least 1 (it is {o.FallbackBudget}).");
        CheckTier(o.Anonymous, $"{s}:Anonymous", failures);

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < o.ApiKeys.Count; i++)
        {
            var tier = o.ApiKeys[i];
            var at = $"{s}:ApiKeys:{i}";
            CheckTier(tier, at, failures);
            if (string.IsNullOrWhiteSpace(tier.Name)) failures.Add($"{at}:Name must name the key's holder.");
            if (tier.KeyHash is { } hash)
            {
                if (tier.Key.Length > 0) failures.Add($"{at}: give Key or KeyHash, not both.");
                else if (!IsSha256(hash)) failures.Add($"{at}:KeyHash must be 'sha256:' and 64 hex digits.");
                else if (!keys.Add(tier.HashHex)) failures.Add($"{at}:KeyHash is the same as an earlier key's.");
            }
            else if (tier.Key.Length < 16) failures.Add($"{at}:Key must have at least 16 characters (or give KeyHash).");
            else if (!keys.Add(tier.HashHex)) failures.Add($"{at}:Key is the same as an earlier key.");
            if (tier.MaxCost is < 1) failures.Add($"{at}:MaxCost must be at least 1.");
            if (tier.FallbackBudget is < 1) failures.Add($"{at}:FallbackBudget must be at least 1.");
        }

        foreach (var proxy in o.TrustedProxies)
            if (!IPAddress.TryParse(proxy, out _) && !IPNetwork.TryParse(proxy, out _))
                failures.Add($"{s}:TrustedProxies: '{proxy}' is neither an IP address nor a CIDR network.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSha256(string value) =>
        value.StartsWith(ApiKeyTier.HashPrefix, StringComparison.Ordinal)
        && value.Length == ApiKeyTier.HashPrefix.Length + 64
        && !value.AsSpan(ApiKeyTier.HashPrefix.Length).ContainsAnyExcept(HexDigits);

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static void CheckTier(RateLimitTier tier, string at, List<string> failures)
    {
        if (tier.Budget < 1) failures.Add($"{at}:Budget must be at least 1 (it is {tier.Budget}).");
        if (tier.Window < TimeSpan.FromSeconds(1)) failures.Add($"{at}:Window must be at least one second (it is {tier.Window}).");
    }
}
