using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenData.Data.Storage;

namespace OpenData.Api.Caching;

/// <summary>
/// The dataset version, read again at most every <see cref="ResponseCacheOptions.VersionCheckInterval"/>: one tiny
/// query per interval, not per request. An import (another process) changes the version and so every cache key.
/// </summary>
public sealed class DatasetVersionProvider(IDbContextFactory<OpenDataDbContext> factory, IOptions<ResponseCacheOptions> options, TimeProvider clock)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private string? _version;
    private long _checkedAt;

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_version is not null && clock.GetElapsedTime(_checkedAt) < options.Value.VersionCheckInterval) return _version;
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_version is null || clock.GetElapsedTime(_checkedAt) >= options.Value.VersionCheckInterval)
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken);
                _version = await db.DatasetStates.Select(s => s.Version).FirstOrDefaultAsync(cancellationToken) ?? "none";
                _checkedAt = clock.GetTimestamp();
            }
            return _version;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
