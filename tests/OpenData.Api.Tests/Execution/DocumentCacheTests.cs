using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenData.Api.Execution;
using OpenData.Api.Tests.Infrastructure;
using static OpenData.Api.Tests.Infrastructure.GraphQLHttp;

namespace OpenData.Api.Tests.Execution;

public sealed class DocumentCacheTests
{
    /// <summary>Counts the parses graphql-dotnet asks for, passing each to the real parser.</summary>
    private sealed class CountingDocumentBuilder : IDocumentBuilder
    {
        private readonly GraphQLDocumentBuilder _inner = new();
        public int Parses;

        public GraphQLDocument Build(string body)
        {
            Interlocked.Increment(ref Parses);
            return _inner.Build(body);
        }
    }

    private static ApiFactory ApiWith(CountingDocumentBuilder counter, long? bound = null)
    {
        var factory = new ApiFactory { ConfigureServices = services => services.Replace(ServiceDescriptor.Singleton<IDocumentBuilder>(counter)) };
        if (bound is not null) factory.Settings["GraphQL:DocumentCache:MaxTotalQueryLength"] = bound.ToString();
        return factory;
    }

    [Fact]
    public async Task The_second_execution_of_the_same_text_does_not_parse_again()
    {
        var counter = new CountingDocumentBuilder();
        await using var api = ApiWith(counter);
        var client = api.CreateClient();

        for (var i = 0; i < 3; i++)
            Assert.True((await client.SendAsync(PostQuery("{ dataset { version } }"))).IsSuccessStatusCode);

        Assert.Equal(1, counter.Parses);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_cached()
    {
        var counter = new CountingDocumentBuilder();
        await using var api = ApiWith(counter);
        var client = api.CreateClient();

        await client.SendAsync(PostQuery("{ nope }"));
        await client.SendAsync(PostQuery("{ nope }"));

        Assert.Equal(2, counter.Parses);
        Assert.Equal(0, api.Services.GetRequiredService<DocumentCache>().Count);
    }

    [Fact]
    public async Task The_cache_stays_within_its_bound_under_many_distinct_documents()
    {
        const int bound = 2_000;
        var counter = new CountingDocumentBuilder();
        await using var api = ApiWith(counter, bound);
        var client = api.CreateClient();

        var shortest = int.MaxValue;
        for (var i = 0; i < 300; i++)
        {
            var query = $"query Q{i} {{ __typename }}";
            shortest = Math.Min(shortest, query.Length);
            Assert.True((await client.SendAsync(PostQuery(query))).IsSuccessStatusCode);
        }

        var cache = api.Services.GetRequiredService<DocumentCache>();
        Assert.InRange(cache.Count, 1, bound / shortest);
        Assert.Equal(300, counter.Parses);
    }
}
