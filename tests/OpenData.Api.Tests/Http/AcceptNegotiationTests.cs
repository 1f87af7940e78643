using Microsoft.Extensions.Primitives;
using OpenData.Api.Http;

namespace OpenData.Api.Tests.Http;

/// <summary>The Accept header is read once per request into <see cref="AcceptPreference"/>, remembered per distinct header.</summary>
public sealed class AcceptNegotiationTests
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Theory]
    [InlineData(Browser, GraphQLMediaTypes.Json, true, false)]
    [InlineData("text/csv", null, false, true)]
    [InlineData("text/csv, application/json;q=0.5", GraphQLMediaTypes.Json, false, true)]
    [InlineData("text/csv;q=0.5, application/json", GraphQLMediaTypes.Json, false, false)]
    [InlineData("text/csv, application/json", GraphQLMediaTypes.Json, false, false)] // a tie goes to JSON
    [InlineData("text/html, application/graphql-response+json;q=0.9, */*;q=0.1", GraphQLMediaTypes.GraphQLResponse, true, false)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLMediaTypes.GraphQLResponse, false, false)]
    [InlineData("application/graphql-response+json;q=0", null, false, false)]
    [InlineData("not a media type", GraphQLMediaTypes.Json, false, false)]
    public void One_header_gives_the_media_type_and_what_it_prefers(string accept, string? mediaType, bool html, bool csv)
    {
        var first = AcceptNegotiation.Negotiate(accept);
        Assert.Equal(new AcceptPreference(mediaType, html, csv), first);
        Assert.Equal(first, AcceptNegotiation.Negotiate(accept)); // the remembered answer is the same
    }

    [Fact]
    public void No_header_is_legacy_json_and_several_header_lines_are_read_together()
    {
        Assert.Equal(new AcceptPreference(GraphQLMediaTypes.Json, false, false), AcceptNegotiation.Negotiate(StringValues.Empty));
        Assert.Equal(new AcceptPreference(GraphQLMediaTypes.GraphQLResponse, false, false),
            AcceptNegotiation.Negotiate(new StringValues(["application/json;q=0.5", "application/graphql-response+json"])));
    }

    [Fact]
    public void Headers_past_the_remembered_bound_are_still_answered_correctly()
    {
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(GraphQLMediaTypes.GraphQLResponse, AcceptNegotiation.Choose($"application/graphql-response+json, application/json;q=0.{i % 9 + 1}, x/y{i}"));
            Assert.True(AcceptNegotiation.Negotiate($"text/csv, application/json;q=0.{i % 9 + 1}, x/z{i}").PrefersCsv);
        }
    }
}
