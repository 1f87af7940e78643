namespace OpenData.Api.Limits;

/// <summary>Where the budgets are kept.</summary>
public enum RateLimitStore
{
    /// <summary>In this process: each replica keeps its own budgets.</summary>
    Memory,
    /// <summary>In Redis: every replica pointing at the same Redis shares one budget per client.</summary>
    Redis,
}

/// <summary>
/// Per-client budgets of cost points in fixed windows. Bound from the configuration section <see cref="Section"/>;
/// every default is documented in README.md ("Limits and rate limits") and docs/limits.md.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Configuration section the options are bound from.</summary>
    public const string Section = "RateLimit";

    /// <summary>Turns budgets off entirely (no charge, no headers). Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Memory</c> (default) or <c>Redis</c>.</summary>
    public RateLimitStore Store { get; set; } = RateLimitStore.Memory;

    /// <summary>StackExchange.Redis connection string (e.g. <c>redis:6379</c>); required when <see cref="Store"/> is Redis.</summary>
    public string? Redis { get; set; }

    /// <summary>Prefix of the budget keys in Redis, so several deployments can share one Redis. Default <c>opendata</c>.</summary>
    public string KeyPrefix { get; set; } = "opendata";

    /// <summary>After a Redis error, how long to keep serving from the per-replica fallback before trying Redis again. Default 5 s.</summary>
    public TimeSpan RedisRetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Budget of anonymous clients (one per IP address; IPv6 per /64). Default 20,000 points per minute.</summary>
    public RateLimitTier Anonymous { get; set; } = new() { Budget = 20_000, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Points per window each anonymous client gets on each replica while Redis is unreachable. Default 5,000.</summary>
    public int FallbackBudget { get; set; } = 5_000;

    /// <summary>Request header carrying an API key. Default <c>X-API-Key</c>.</summary>
    public string ApiKeyHeader { get; set; } = "X-API-Key";

    /// <summary>API keys and their tiers. None by default: keys are secrets, set them in the environment
    /// (<c>RateLimit__ApiKeys__0__Key</c>, …) or a secrets store, never in appsettings.json.</summary>
    public List<ApiKeyTier> ApiKeys { get; set; } = [];

    /// <summary>Proxies (addresses or CIDR networks, e.g. <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> is believed.
    /// Empty by default: the header is ignored and the client is the TCP peer.</summary>
    public List<string> TrustedProxies { get; set; } = [];
}

/// <summary>A budget: <see cref="Budget"/> cost points per fixed <see cref="Window"/>.</summary>
public class RateLimitTier
{
    /// <summary>Points per window.</summary>
    public int Budget { get; set; }

    /// <summary>Length of the window; the whole budget comes back when it ends. Default one minute.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>An API key with its own (usually higher) budget.</summary>
public sealed class ApiKeyTier : RateLimitTier
{
    /// <summary>Who holds the key (shown in logs and in rejection messages; never the key itself).</summary>
    public string Name { get; set; } = "";

    /// <summary>The secret the client sends in the API-key header. At least 16 characters. Give this or <see cref="KeyHash"/>.</summary>
    public string Key { get; set; } = "";

    /// <summary>
    /// <c>sha256:</c> and the lower- or upper-case hex SHA-256 of the key's UTF-8 bytes, instead of <see cref="Key"/>: the
    /// server compares keys by their hash anyway, so the secret itself need not be in its configuration at all
    /// (<c>printf %s "$KEY" | sha256sum</c>).
    /// </summary>
    public string? KeyHash { get; set; }

    /// <summary>The key's hash in the form <see cref="ClientIdentityResolver"/> compares: lower-case hex.</summary>
    internal string HashHex => KeyHash is { } hash ? hash[HashPrefix.Length..].ToLowerInvariant() : ClientIdentityResolver.Hash(Key);

    internal const string HashPrefix = "sha256:";

    /// <summary>Highest cost of one operation for this key; default <see cref="LimitsOptions.MaxCost"/>.</summary>
    public int? MaxCost { get; set; }

    /// <summary>Points per window on each replica while Redis is unreachable; default the same share of
    /// <see cref="RateLimitTier.Budget"/> as <see cref="RateLimitOptions.FallbackBudget"/> is of the anonymous budget.</summary>
    public int? FallbackBudget { get; set; }
}
