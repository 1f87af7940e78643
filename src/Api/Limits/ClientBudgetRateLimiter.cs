using System.Threading.RateLimiting;
using OpenData.Api.Downloads;
using OpenData.Api.Http;

namespace OpenData.Api.Limits;

/// <summary>
/// The global limiter of ASP.NET Core's rate-limiting middleware: every request to <c>/graphql</c> and <c>/downloads</c>
/// is charged one point against its client's budget before anything is read, so floods of garbage are limited too; the
/// rest of an operation's cost is charged after validation (<see cref="CostCharging"/>), a download's once its rows are
/// counted (<see cref="DownloadCharging"/>). It records the client and the store's answer in a
/// <see cref="RateLimitFeature"/> for the rest of the request.
/// </summary>
public sealed class ClientBudgetRateLimiter(ClientIdentityResolver identities, IBudgetStore store) : PartitionedRateLimiter<HttpContext>
{
    /// <summary>Points charged at the door, before the body is read.</summary>
    public const int DoorCharge = 1;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    // The middleware tries the synchronous path first and then the asynchronous one. A store in memory answers at once,
    // so the door is charged here and the middleware's asynchronous path is spared; a Redis store is asynchronous, so
    // the synchronous attempt declines without charging anything.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        if (!IsLimited(resource)) return Lease.Free;
        if (!store.AnswersSynchronously) return Lease.NotYet;
        var feature = FeatureOf(resource);
        var charge = store.ChargeAsync(feature.Client, DoorCharge);
        return charge.IsCompletedSuccessfully ? Record(feature, charge.Result) : Lease.NotYet;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (!IsLimited(resource)) return Lease.Free;
        // Refused on the synchronous path already: the middleware asks again, and nothing more is charged.
        if (resource.Features.Get<RateLimitFeature>() is { Last: { } door }) return door.Acquired ? Lease.Free : Lease.Refused;
        var feature = FeatureOf(resource);
        return Record(feature, await store.ChargeAsync(feature.Client, DoorCharge));
    }

    private RateLimitFeature FeatureOf(HttpContext resource)
    {
        var feature = resource.Features.Get<RateLimitFeature>();
        if (feature is null)
        {
            feature = new RateLimitFeature(resource.Response, identities.Resolve(resource));
            resource.Features.Set(feature);
        }
        return feature;
    }

    private static Lease Record(RateLimitFeature feature, BudgetDecision decision)
    {
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
