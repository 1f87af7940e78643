using Microsoft.Extensions.Options;

namespace OpenData.Api.Querying;

/// <summary>Registration of <see cref="QueryingOptions"/>.</summary>
public static class QueryingServices
{
    /// <summary>
    /// Binds <see cref="QueryingOptions"/> from the <c>Querying</c> section, applies <paramref name="configure"/>
    /// (where the fold function is set) and validates at start.
    /// </summary>
    public static IServiceCollection AddQuerying(this IServiceCollection services, IConfiguration configuration, Action<QueryingOptions>? configure = null)
    {
        var builder = services.AddOptions<QueryingOptions>().Bind(configuration.GetSection(QueryingOptions.Section));
        if (configure is not null) builder.Configure(configure);
        services.AddSingleton<IValidateOptions<QueryingOptions>, QueryingOptionsValidator>();
        builder.ValidateOnStart();
        return services;
    }
}
