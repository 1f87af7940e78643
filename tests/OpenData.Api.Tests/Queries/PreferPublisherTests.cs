using OpenData.Api.Tests.Infrastructure;
using OpenData.Data.Import;
using OpenData.Data.Storage;
using OpenData.Data.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Queries;

public sealed class PreferPublisherTests
{
    [Fact]
    public async Task With_two_sources_for_one_place_preferPublisher_keeps_the_publishers_own_dataset()
    {
        await using var api = new ApiFactory();
        var client = api.CreateClient();
        await client.SendAsync(PostQuery("{ __typename }")); // builds the database from seed/

        // The UN's own export for 2022 beside the seed's derived 86 ("up 15 places" from DOC-002).
        // The importer reads the survey year from the file's name, so the name stays and the folder is unique.
        var folder = Directory.CreateTempSubdirectory("opendata-egdi-").FullName;
        var file = Path.Combine(folder, "EGOV_DATA_2022.csv");
        await File.WriteAllTextAsync(file, """
            Survey Year,Country Name,E-Government Rank,E-Government Index,E-Participation Index,Online Service Index,Human Capital Index,Telecommunication Infrastructure Index
            2022,"Viet Nam ",86,0.67870,0.50000,0.65000,0.75000,0.62000
            """);
        await using (var db = new OpenDataDbContext(StorageSetup.BuildOptions(new StorageOptions { ConnectionString = $"Data Source={api.DatabaseFile}" })))
            await ImportRunner.RunAsync(db, "egdi", file, ImportContext.ForSeedFolder(RepositoryPaths.Seed), null, CancellationToken.None);

        const string query = """
            query($prefer: Boolean!) {
              rankings(preferPublisher: $prefer, where: { edition: { year: { eq: 2022 }, index: { code: { eq: "EGDI" } } }, area: { code: { eq: "VNM" } } }) {
                nodes { rank derived source { code kind } }
              }
            }
            """;
        var all = (await BodyAsync(await client.SendAsync(PostQuery(query, new { prefer = false }))))["data"]!["rankings"]!["nodes"]!.AsArray();
        var preferred = (await BodyAsync(await client.SendAsync(PostQuery(query, new { prefer = true }))))["data"]!["rankings"]!["nodes"]!.AsArray();

        Assert.Equal(["DOC-002", "UN-EGDI-2022"], all.Select(n => n!["source"]!["code"]!.GetValue<string>()).Order());
        var kept = Assert.Single(preferred)!;
        Assert.Equal("UN-EGDI-2022", kept["source"]!["code"]!.GetValue<string>());
        Assert.Equal("PUBLISHER_DATASET", kept["source"]!["kind"]!.GetValue<string>());
        Assert.False(kept["derived"]!.GetValue<bool>());
    }
}
