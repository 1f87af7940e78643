namespace OpenData.Api.Caching;

/// <summary>The response cache and HTTP caching headers. Bound from <c>ResponseCache</c>.</summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "ResponseCache";

    /// <summary>Serve repeated queries from the cache. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Cache-Control: public, max-age</c> on successful GET answers, for browsers and CDNs. Default 60 s.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a cached answer is kept; answers are keyed by dataset version, so this only bounds memory. Default 1 h.</summary>
    public TimeSpan EntryLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Bytes the in-memory store may hold (ASP.NET Core output cache's size limit). Default 64 MB.</summary>
    public long SizeLimitBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>How often the dataset version is read again, so an import made by another process is noticed. Default 5 s.</summary>
    public TimeSpan VersionCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>Memory</c> (default) or <c>Redis</c>: replicas then share cached answers.</summary>
    public ResponseCacheStore Store { get; set; } = ResponseCacheStore.Memory;

    /// <summary>StackExchange.Redis configuration string when <see cref="Store"/> is Redis.</summary>
    public string? Redis { get; set; }
}

public enum ResponseCacheStore { Memory, Redis }
