using System.Net;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenData.Api.Limits;

namespace OpenData.Api.Tests.Limits;

/// <summary>The pieces without a server: options validation, token counting, document shape, client keys.</summary>
public sealed class LimitsUnitTests
{
    [Fact]
    public void Unworkable_limits_fail_validation_with_the_setting_named()
    {
        var result = new LimitsOptionsValidator().Validate(null, new LimitsOptions { MaxTokens = 0, ExecutionTimeout = TimeSpan.Zero });
        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Limits:MaxTokens"));
        Assert.Contains(result.Failures!, f => f.Contains("Limits:ExecutionTimeout"));
        Assert.True(new LimitsOptionsValidator().Validate(null, new LimitsOptions()).Succeeded);
    }

    [Fact]
    public void Unworkable_rate_limits_fail_validation_with_the_setting_named()
    {
        var options = new RateLimitOptions
        {
            Store = RateLimitStore.Redis,
            Anonymous = new RateLimitTier { Budget = 0 },
            ApiKeys = [new ApiKeyTier { Name = "", Key = "short", Budget = 5 }, new ApiKeyTier { Name = "b", Key = "short", Budget = 5 }],
            TrustedProxies = ["10.0.0.0/8", "2001:db8::1", "not-an-address"],
        };
        var failures = new RateLimitOptionsValidator().Validate(null, options).Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("RateLimit:Redis"));
        Assert.Contains(failures, f => f.Contains("RateLimit:Anonymous:Budget"));
        Assert.Contains(failures, f => f.Contains("RateLimit:ApiKeys:0:Name"));
        Assert.Contains(failures, f => f.Contains("RateLimit:ApiKeys:1:Key"));
        Assert.Contains(failures, f => f.Contains("'not-an-address'"));
        Assert.DoesNotContain(failures, f => f.Contains("10.0.0.0/8"));
        Assert.True(new RateLimitOptionsValidator().Validate(null, new RateLimitOptions()).Succeeded);
    }

    [Fact]
    public void An_api_key_may_be_configured_by_its_sha256_alone()
    {
        const string secret = "university-secret-0001";
        var hash = "sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
        var options = new RateLimitOptions { ApiKeys = [new ApiKeyTier { Name = "University", KeyHash = hash, Budget = 500 }] };
        Assert.True(new RateLimitOptionsValidator().Validate(null, options).Succeeded);

        var resolver = new ClientIdentityResolver(Options.Create(options), Options.Create(new LimitsOptions()));
        Assert.Equal("University", Resolve(resolver, secret).Tier.Name);
        Assert.True(Resolve(resolver, "university-secret-0002").InvalidApiKey);

        var wrong = new RateLimitOptions
        {
            ApiKeys =
            [
                new ApiKeyTier { Name = "a", KeyHash = "sha256:1234", Budget = 5 },
                new ApiKeyTier { Name = "b", KeyHash = hash, Key = secret, Budget = 5 },
                new ApiKeyTier { Name = "c", Key = secret, Budget = 5 },
                new ApiKeyTier { Name = "d", KeyHash = hash.ToLowerInvariant(), Budget = 5 },
            ],
        };
        var failures = new RateLimitOptionsValidator().Validate(null, wrong).Failures!.ToList();
        Assert.Contains(failures, f => f.Contains("RateLimit:ApiKeys:0:KeyHash must be"));
        Assert.Contains(failures, f => f.Contains("RateLimit:ApiKeys:1: give Key or KeyHash, not both"));
        Assert.Contains(failures, f => f.Contains("RateLimit:ApiKeys:3:KeyHash is the same as an earlier key"));
    }

    private static ClientIdentity Resolve(ClientIdentityResolver resolver, string key)
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Request.Headers["X-API-Key"] = key;
        return resolver.Resolve(http);
    }

    [Theory]
    [InlineData("{ __typename }", 3)]
    [InlineData("query Q($a: Int = 1) { f(a: $a) @skip(if: false) }", 26)]
    [InlineData("# only a comment\n{ a } # and another", 3)]
    [InlineData("{ a(s: \"\"\"block\nstring\"\"\") }", 8)]
    [InlineData("{ a ~ b }", 2)] // the lexer stops at ~: the parser reports it
    public void Tokens_are_counted_without_comments(string query, int tokens) =>
        Assert.Equal(tokens, DocumentLimits.CountTokens(query, int.MaxValue));

    [Fact]
    public void Token_counting_stops_at_the_limit()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("a ", 1_000_000)) + "}";
        Assert.Equal(101, DocumentLimits.CountTokens(query, 101));
    }

    [Fact]
    public void The_shape_of_a_fragment_bomb_is_measured_without_expanding_it()
    {
        var text = "{ ...F60 } fragment F0 on Query { a: __typename }" +
            string.Concat(Enumerable.Range(1, 60).Select(i => $" fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}"));
        var shape = DocumentShape.Of(new GraphQLDocumentBuilder().Build(text));
        Assert.Equal(Math.Pow(2, 60), shape.Fields);
        Assert.Equal(Math.Pow(2, 60), shape.Aliases);
        Assert.Equal(1, shape.Depth);
        Assert.Equal(1, shape.RootFields);
    }

    [Fact]
    public void The_shape_counts_depth_root_fields_and_introspection_nesting_and_survives_cycles()
    {
        var shape = DocumentShape.Of(new GraphQLDocumentBuilder().Build(
            "query A { x: a { b { c } } ...R } query B { __schema { types { ...T } } } " +
            "fragment R on Query { d e a } fragment T on __Type { fields { type { fields { name } } } interfaces { name } } " +
            "fragment Loop on Query { ...Loop2 } fragment Loop2 on Query { ...Loop }"));
        Assert.Equal(6, shape.Depth); // __schema > types > fields > type > fields > name
        Assert.Equal(4, shape.RootFields); // x, d, e, a
        Assert.Equal(2, shape.IntrospectionDepth);
    }

    [Theory]
    [InlineData("192.0.2.7", "ip:192.0.2.7")]
    [InlineData("::ffff:192.0.2.7", "ip:192.0.2.7")]
    [InlineData("2001:db8:1:2:3:4:5:6", "ip6:2001:db8:1:2::/64")]
    public void Clients_are_keyed_by_IPv4_address_or_IPv6_64_prefix(string address, string key) =>
        Assert.Equal(key, ClientIdentityResolver.AddressKey(IPAddress.Parse(address)));

    [Fact]
    public async Task The_memory_store_charges_points_and_resets_with_its_window()
    {
        using var store = new MemoryBudgetStore(tier => tier.Budget, fallback: false);
        var client = new ClientIdentity("ip:test", new ClientTier("anonymous", "RateLimit:Anonymous:Budget", 10, TimeSpan.FromSeconds(1), 100, 5));
        var first = await store.ChargeAsync(client, 7);
        Assert.True(first.Acquired);
        Assert.Equal(3, first.Remaining);
        var refused = await store.ChargeAsync(client, 4);
        Assert.False(refused.Acquired);
        Assert.Equal(3, refused.Remaining);
        Assert.InRange(refused.SecondsToReset(DateTimeOffset.UtcNow), 0, 1);
        await Task.Delay(1100);
        var renewed = await store.ChargeAsync(client, 4);
        Assert.True(renewed.Acquired);
        Assert.Equal(6, renewed.Remaining);
        var clamped = await store.ChargeAsync(client, 1000); // more than the budget: takes what the window has
        Assert.False(clamped.Acquired);
    }

    [Theory]
    [InlineData(1, 19_999, 20_000, 2026, 12, 5, 15, 47, 11)]
    [InlineData(1_000_000, 0, 2_000_000_000, 1999, 1, 2, 3, 4, 5)]
    public void The_extensions_a_cache_hit_splices_in_are_the_ones_a_fresh_answer_serializes(
        int charged, long remaining, long limit, int year, int month, int day, int hour, int minute, int second)
    {
        var tier = new ClientTier("anonymous", "RateLimit:Anonymous", 2_000_000_000, TimeSpan.FromSeconds(60), 1_000_000, 100);
        var feature = new RateLimitFeature(new DefaultHttpContext().Response, new ClientIdentity("ip:192.0.2.1", tier));
        var resetAt = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(7));
        feature.Record(new BudgetDecision(true, limit, remaining, resetAt), charged);

        var spliced = System.Text.Encoding.UTF8.GetString(RateLimitExtensions.JsonFor(feature)!);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(RateLimitExtensions.For(feature)), spliced);
        Assert.Contains($"\"resetAt\":\"{resetAt.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss}Z\"", spliced);
        Assert.Null(RateLimitExtensions.JsonFor(new RateLimitFeature(new DefaultHttpContext().Response, new ClientIdentity("ip:192.0.2.2", tier))));
    }
}
