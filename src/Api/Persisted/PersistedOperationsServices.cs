using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace OpenData.Api.Persisted;

public static class PersistedOperationsServices
{
    /// <summary>Trusted documents through graphql-dotnet's persisted-document support, and APQ before it.</summary>
    public static IGraphQLBuilder AddPersistedOperations(this IGraphQLBuilder graphql, IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PersistedOperationsOptions>().Bind(configuration.GetSection(PersistedOperationsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PersistedOperationsOptions>, PersistedOperationsOptionsValidator>();
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<AutomaticPersistedQueries>());
        return graphql.UsePersistedDocuments<TrustedDocuments>(GraphQL.DI.ServiceLifetime.Singleton, (o, sp) =>
        {
            o.AllowOnlyPersistedDocuments = sp.GetRequiredService<IOptions<PersistedOperationsOptions>>().Value.AllowOnlyPersisted;
            o.AllowedPrefixes.Clear();
            o.AllowedPrefixes.Add("sha256");
        });
    }
}
