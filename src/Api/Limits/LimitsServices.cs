using System.Net;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OpenData.Api.Errors;
using OpenData.Api.Http;
using StackExchange.Redis;

namespace OpenData.Api.Limits;

/// <summary>Wiring of request limits, cost budgets, CORS and security headers (docs/limits.md).</summary>
public static class LimitsServices
{
    /// <summary>CORS policy of the API: any origin may read (GET/POST), no credentials.</summary>
    public const string CorsPolicy = "OpenData";

    /// <summary>Options, budget store, rate limiter, CORS, forwarded headers and the store's health check.</summary>
    public static IServiceCollection AddOpenDataLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidator>();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();

        services.AddSingleton<ClientIdentityResolver>();
        // Resolved only when the store is Redis: one multiplexer for every budget of the process.
        services.AddSingleton<IConnectionMultiplexer>(sp => RedisConnection.Connect(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value.Redis!));
        services.AddSingleton<IBudgetStore>(CreateStore);
        services.AddSingleton<CostCharging>();
        services.AddSingleton<DownloadCharging>();
        services.AddSingleton<ClientBudgetRateLimiter>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IServiceProvider>((options, sp) =>
        {
            options.GlobalLimiter = sp.GetRequiredService<ClientBudgetRateLimiter>();
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                var feature = http.Features.Get<RateLimitFeature>();
                feature?.SetRetryAfter();
                var message = feature?.RefusalMessage() ?? "Rate limit exceeded.";
                return new ValueTask(sp.GetRequiredService<GraphQLResponseWriter>().WriteProblemAsync(
                    http, ErrorShieldMiddleware.MediaTypeFor(http), StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, message));
            };
        });

        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders(RateLimitFeature.LimitHeader, RateLimitFeature.RemainingHeader, RateLimitFeature.ResetHeader,
                RateLimitFeature.PolicyHeader, "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromDays(1))));

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<RateLimitOptions>>((forwarded, rateLimit) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            forwarded.ForwardLimit = null; // walk back through every trusted proxy, stop at the first untrusted address
            forwarded.KnownProxies.Clear(); // the defaults trust loopback; only the configured proxies are trusted
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in rateLimit.Value.TrustedProxies)
            {
                if (IPAddress.TryParse(proxy, out var address)) forwarded.KnownProxies.Add(address);
                else if (System.Net.IPNetwork.TryParse(proxy, out var network)) forwarded.KnownIPNetworks.Add(network);
            }
        });

        services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);
        services.AddHealthChecks().AddCheck<RateLimitStoreHealthCheck>(RateLimitStoreHealthCheck.Name);
        return services;
    }

    /// <summary>graphql-dotnet side: parser depth, the cost analyzer (also for cached documents), and the document limits hook.</summary>
    public static IGraphQLBuilder AddOpenDataLimits(this IGraphQLBuilder graphql)
    {
        graphql.Services.Register(typeof(IDocumentBuilder),
            sp => new GraphQLDocumentBuilder { MaxDepth = sp.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxParserDepth },
            GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        graphql.AddComplexityAnalyzer((options, sp) => sp.GetRequiredService<CostCharging>().Configure(options));
        // The meta fields exist once the schema is initialized: scaled at start, before the first request.
        graphql.Services.Register(typeof(IHostedService), typeof(IntrospectionCostSetup), GraphQL.DI.ServiceLifetime.Singleton);
        // The document cache validates a cached document with CachedDocumentValidationRules only: without this the
        // cost of a repeated query would never be computed nor charged.
        graphql.ConfigureExecutionOptions(options =>
        {
            var rule = options.RequestServices!.GetRequiredService<ComplexityValidationRule>();
            options.CachedDocumentValidationRules = (options.CachedDocumentValidationRules ?? []).Append(rule);
        });
        graphql.ConfigureExecution<DocumentLimits>();
        return graphql;
    }

    /// <summary>Middleware, outermost first: error shield, forwarded headers (trusted proxies only), security headers,
    /// CORS, the rate limiter, and the unknown-API-key gate.</summary>
    public static WebApplication UseOpenDataLimits(this WebApplication app)
    {
        var rateLimit = app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        app.UseMiddleware<ErrorShieldMiddleware>();
        if (rateLimit.TrustedProxies.Count > 0) app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors(CorsPolicy);
        if (rateLimit.Enabled)
        {
            app.UseRateLimiter();
            app.UseMiddleware<ApiKeyGateMiddleware>();
        }
        return app;
    }

    private static IBudgetStore CreateStore(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (options.Store == RateLimitStore.Memory) return new MemoryBudgetStore(tier => tier.Budget, fallback: false);
        var redis = sp.GetRequiredService<IConnectionMultiplexer>();
        return new ResilientBudgetStore(
            redis,
            new RedisBudgetStore(redis, options.KeyPrefix),
            new MemoryBudgetStore(tier => tier.FallbackBudget, fallback: true),
            options.RedisRetryInterval,
            sp.GetRequiredService<ILogger<ResilientBudgetStore>>());
    }
}

/// <summary>Initializes the schema at start and prices its introspection fields (<see cref="CostCharging.Configure(GraphQL.Types.ISchema)"/>).</summary>
public sealed class IntrospectionCostSetup(GraphQL.Types.ISchema schema) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        schema.Initialize();
        CostCharging.Configure(schema);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
