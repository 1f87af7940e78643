using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using OpenData.Api.Execution;
using OpenData.Api.Http;
using OpenData.Api.Limits;
using OpenData.Api.Loading;
using OpenData.Api.Persisted;
using OpenData.Api.Querying;
using OpenData.Data.Storage;

namespace OpenData.Api.Schema;

public static class GraphQLServices
{
    /// <summary>graphql-dotnet with our schema, serializer, document cache and request rules.</summary>
    public static IServiceCollection AddOpenDataGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentCacheOptions>().Bind(configuration.GetSection(DocumentCacheOptions.Section)).ValidateOnStart();
        services.AddSingleton<DocumentCache>();
        // The same instance runs as graphql-dotnet's execution hook, so its size is observable.
        services.AddSingleton<IConfigureExecution>(sp => sp.GetRequiredService<DocumentCache>());
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddScoped<BatchLoaderRegistry>();
        services.AddSingleton<ByIdQueries>();
        services.AddQuerying(configuration, o =>
        {
            o.FoldFunction = typeof(OpenDataDbContext).GetMethod(nameof(OpenDataDbContext.Fold));
            o.FoldValue = TextFolding.Fold;
        });

        services.AddGraphQL(graphql => graphql
            .AddSchema<OpenDataSchema>()
            .AddGraphTypes(typeof(OpenDataSchema).Assembly)
            // Vietnamese names as UTF-8, not \u escapes; responses are JSON media types, never inlined in HTML.
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddPersistedOperations(services, configuration)
            .AddValidationRule<QueriesOnlyOverGetRule>(useForCachedDocuments: true)
            .AddValidationRule<OperationTypeExistenceRule>(useForCachedDocuments: true)
            // Parser depth, the cost analyzer (also on cached documents) and the document limits (src/Api/Limits).
            .AddOpenDataLimits()
            .AddCachedDocumentValidator());
        return services;
    }

    private static IGraphQLBuilder AddCachedDocumentValidator(this IGraphQLBuilder graphql)
    {
        graphql.Services.Register(typeof(IDocumentValidator), _ => new CachedDocumentValidator(new DocumentValidator()),
            GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        return graphql;
    }
}
