using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Data.Storage;

namespace OpenData.Api.Hosting;

/// <summary>
/// Builds the database from seed/ on first start, or brings it up to date when the seed files changed,
/// before the server takes requests (hosted services start before the server listens).
/// </summary>
public sealed class DatabaseInitializationService(
    IDbContextFactory<OpenDataDbContext> factory,
    IOptions<StorageOptions> options,
    ILogger<DatabaseInitializationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var result = await DatabaseInitializer.InitializeAsync(db, options.Value.SeedPath, logger, cancellationToken);
        logger.LogInformation("Dataset {Version} ready on {Provider} (seed changed: {Changed})", result.Version, options.Value.Provider, result.Changed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
