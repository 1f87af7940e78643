using System.Threading.RateLimiting;
using OpenData.Api.Downloads;
using OpenData.Api.Http;

namespace OpenData.Api.Limits;

/// <summary>
/// The global limiter of ASP.NET Core's rate-limiting middleware: every request to <c>/graphql</c> and <c>/downloads</c> is charged one point
/// against its client's budget before anything is read, so floods of garbage are limited too; the rest of an operation's
/// cost is charged after validation (<see cref="CostCharging"/>), a download's once its rows are counted (<see cref="DownloadCharging"/>). It records the client and the store's answer in a
/// <see cref="RateLimitFeature"/> for the rest of the request.
/// </summary>
public sealed class ClientBudgetRateLimiter(ClientIdentityResolver identities, IBudgetStore store) : PartitionedRateLimiter<HttpContext>
{
    /// <summary>Points charged at the door, before the body is read.</summary>
    public const int DoorCharge = 1;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    // The middleware tries the synchronous path first and then the asynchronous one; the store is asynchronous
    // (Redis), so the synchronous attempt declines without charging anything.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        IsLimited(resource) ? Lease.NotYet : Lease.Free;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (!IsLimited(resource)) return Lease.Free;
        var feature = resource.Features.Get<RateLimitFeature>();
        if (feature is null)
        {
            feature = new RateLimitFeature(resource.Response, identities.Resolve(resource));
            resource.Features.Set(feature);
        }
        var decision = await store.ChargeAsync(feature.Client, DoorCharge);
        feature.Record(decision, DoorCharge);
        return decision.Acquired ? Lease.Free : Lease.Refused;
    }

    private static bool IsLimited(HttpContext http) =>
        http.Request.Path.StartsWithSegments(GraphQLEndpoint.Path) || http.Request.Path.StartsWithSegments(DownloadEndpoints.Path);

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Free = new(true);
        public static readonly Lease Refused = new(false);
        public static readonly Lease NotYet = new(false);

        public override bool IsAcquired { get; } = acquired;
        public override IEnumerable<string> MetadataNames => [];
        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
