using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpenData.Api.Caching;

public static class ResponseCacheServices
{
    /// <summary>The response cache on ASP.NET Core's output-cache store: in memory, or Redis shared by replicas.</summary>
    public static IServiceCollection AddOpenDataResponseCache(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ResponseCacheOptions.Section);
        services.AddOptions<ResponseCacheOptions>().Bind(section)
            .Validate(o => o.Store != ResponseCacheStore.Redis || !string.IsNullOrEmpty(o.Redis), "ResponseCache:Redis is required when ResponseCache:Store is Redis.")
            .Validate(o => o.SizeLimitBytes > 0 && o.EntryLifetime > TimeSpan.Zero && o.MaxAge >= TimeSpan.Zero && o.VersionCheckInterval >= TimeSpan.Zero,
                "ResponseCache sizes and durations must be positive.")
            .ValidateOnStart();
        var options = section.Get<ResponseCacheOptions>() ?? new ResponseCacheOptions();
        services.AddOutputCache(o => o.SizeLimit = options.SizeLimitBytes);
        if (options.Store == ResponseCacheStore.Redis)
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.Configuration = options.Redis;
                o.InstanceName = "opendata:answers:";
            });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatasetVersionProvider>();
        services.AddSingleton<ResponseCache>();
        services.AddSingleton<CachedAnswerWriter>();
        services.AddSingleton<CacheHitCharging>();
        return services;
    }
}
