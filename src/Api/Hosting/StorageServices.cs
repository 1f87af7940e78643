using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using OpenData.Data.Storage;

namespace OpenData.Api.Hosting;

public static class StorageServices
{
    /// <summary>EF Core on the configured provider, and the start-up step that builds or updates the data.</summary>
    public static IServiceCollection AddOpenDataStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // Interceptors registered in DI (SQL logging, command counting in tests) join every context.
        services.AddPooledDbContextFactory<OpenDataDbContext>((sp, builder) =>
            builder.UseOpenDataStorage(sp.GetRequiredService<IOptions<StorageOptions>>().Value)
                .AddInterceptors(sp.GetServices<IInterceptor>()));
        services.AddHostedService<DatabaseInitializationService>();
        return services;
    }
}
