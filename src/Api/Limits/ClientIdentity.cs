using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Limits;

/// <summary>A budget as it applies to one client: the tier's numbers, already resolved against the defaults.</summary>
/// <param name="Name">"anonymous" or the API key's holder.</param>
/// <param name="Setting">The configuration path of the budget, quoted in messages.</param>
public sealed record ClientTier(string Name, string Setting, int Budget, TimeSpan Window, int MaxCost, int FallbackBudget)
{
    /// <summary>"20000 points per 60 s".</summary>
    public string Describe() => $"{Budget} points per {Window.TotalSeconds:0.###} s";

    /// <summary>The <c>RateLimit-Policy</c> header for a budget of <paramref name="limit"/> points in this tier's window
    /// ("20000;w=60"); the tier's own budget's is made once.</summary>
    public string Policy(long limit) => limit == Budget ? _policy : Format(limit, Window);

    private readonly string _policy = Format(Budget, Window);

    private static string Format(long limit, TimeSpan window) => $"{limit};w={(long)Math.Ceiling(window.TotalSeconds)}";
}

/// <summary>Who is charged for a request: an API key, or else the client's IP address.</summary>
/// <param name="PartitionKey">The budget's key: <c>key:&lt;hash&gt;</c>, <c>ip:&lt;v4&gt;</c> or <c>ip6:&lt;/64 prefix&gt;</c>.</param>
/// <param name="InvalidApiKey">An API key was sent but is not configured: the request is charged to the IP and refused (401).</param>
public sealed record ClientIdentity(string PartitionKey, ClientTier Tier, bool InvalidApiKey = false);

/// <summary>Maps a request to its <see cref="ClientIdentity"/>. Keys are compared by their SHA-256, never stored in partition keys.</summary>
public sealed class ClientIdentityResolver
{
    private readonly RateLimitOptions _options;
    /// <summary>By the SHA-256 of each configured key: its partition key and tier, both made once at start.</summary>
    private readonly Dictionary<string, (string PartitionKey, ClientTier Tier)> _keys = new(StringComparer.Ordinal);

    public ClientIdentityResolver(IOptions<RateLimitOptions> options, IOptions<LimitsOptions> limits)
    {
        _options = options.Value;
        var anonymous = _options.Anonymous;
        Anonymous = new ClientTier("anonymous", $"{RateLimitOptions.Section}:Anonymous:Budget", anonymous.Budget, anonymous.Window,
            limits.Value.MaxCost, _options.FallbackBudget);
        for (var i = 0; i < _options.ApiKeys.Count; i++)
        {
            var key = _options.ApiKeys[i];
            var fallback = key.FallbackBudget
                ?? (int)Math.Max(1, Math.Min(int.MaxValue, Math.Ceiling((double)key.Budget * _options.FallbackBudget / anonymous.Budget)));
            var tier = new ClientTier(key.Name, $"{RateLimitOptions.Section}:ApiKeys:{i}:Budget", key.Budget, key.Window,
                key.MaxCost ?? limits.Value.MaxCost, fallback);
            var hash = key.HashHex;
            _keys[hash] = ("key:" + hash[..32], tier);
        }
    }

    /// <summary>
    /// A key sent before and found: no SHA-256 per request for a client that sends its key every time. Only keys that
    /// matched a configured one are kept (at most one string per configured key), so unknown keys cannot grow it.
    /// </summary>
    private readonly ConcurrentDictionary<string, (string PartitionKey, ClientTier Tier)> _recognized = new(StringComparer.Ordinal);

    private (string PartitionKey, ClientTier Tier)? Recognize(string sent)
    {
        if (_recognized.TryGetValue(sent, out var known)) return known;
        if (!_keys.TryGetValue(Hash(sent), out known)) return null;
        _recognized.TryAdd(sent, known);
        return known;
    }

    /// <summary>The tier of clients without a key.</summary>
    public ClientTier Anonymous { get; }

    public ClientIdentity Resolve(HttpContext http)
    {
        var sent = http.Request.Headers[_options.ApiKeyHeader];
        if (sent.Count == 0 || (sent.Count == 1 && string.IsNullOrWhiteSpace(sent[0]))) return new ClientIdentity(AddressKey(http.Connection.RemoteIpAddress), Anonymous);
        if (sent.Count == 1 && !string.IsNullOrEmpty(sent[0]) && Recognize(sent[0]!) is { } known)
            return new ClientIdentity(known.PartitionKey, known.Tier);
        return new ClientIdentity(AddressKey(http.Connection.RemoteIpAddress), Anonymous, InvalidApiKey: true);
    }

    /// <summary>IPv4 per address; IPv6 per /64 (one subscriber's usual allocation), so rotating addresses gains nothing.</summary>
    public static string AddressKey(IPAddress? address)
    {
        if (address is null) return "ip:unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily == AddressFamily.InterNetwork) return "ip:" + address;
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return "ip6:" + new IPAddress(bytes) + "/64";
    }

    internal static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
