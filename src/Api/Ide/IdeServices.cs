namespace OpenData.Api.Ide;

public static class IdeServices
{
    /// <summary>The GraphiQL bundle and its options (<see cref="IdeOptions"/>).</summary>
    public static IServiceCollection AddOpenDataIde(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdeOptions>().Bind(configuration.GetSection(IdeOptions.Section)).ValidateOnStart();
        services.AddSingleton<IdeBundle>();
        return services;
    }
}
