using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Csv;

/// <summary>
/// The API for the CSV, download and IDE tests: these run the example queries many times, so the per-client
/// rate limit (which has its own tests) is off.
/// </summary>
public sealed class FrontDoorApi : ApiFactory
{
    public FrontDoorApi() => Settings["RateLimit:Enabled"] = "false";
}

[CollectionDefinition(Name)]
public sealed class FrontDoorCollection : ICollectionFixture<FrontDoorApi>
{
    public const string Name = "Front door API";
}
