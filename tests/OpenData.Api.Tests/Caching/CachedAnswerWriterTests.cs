using System.Text;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using OpenData.Api.Caching;
using OpenData.Api.Http;

namespace OpenData.Api.Tests.Caching;

/// <summary>Answers larger than one pooled block (128 KiB) are written whole, with the extensions spliced in at the end.</summary>
public sealed class CachedAnswerWriterTests
{
    private static readonly byte[] LargeBody = Encoding.UTF8.GetBytes("{\"data\":{\"x\":\"" + new string('a', 300_000) + "\"}}");

    private static async Task<(byte[] Body, HttpResponse Response)> WriteAsync(SerializedAnswer answer, byte[]? extensions)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Get;
        var output = new MemoryStream();
        http.Response.Body = output;
        await new CachedAnswerWriter(new GraphQLSerializer()).WriteAsync(http, GraphQLMediaTypes.GraphQLResponse, "\"etag\"", "public, max-age=60",
            answer.Body, extensions);
        await http.Response.BodyWriter.CompleteAsync();
        return (output.ToArray(), http.Response);
    }

    [Fact]
    public async Task A_body_in_several_blocks_is_written_whole_and_kept_whole()
    {
        using var answer = await SerializedAnswer.BuildAsync(42, stream => stream.WriteAsync(LargeBody).AsTask());
        Assert.False(answer.Body.IsSingleSegment);

        var (written, response) = await WriteAsync(answer, null);

        Assert.Equal(LargeBody, written);
        Assert.Equal(LargeBody.Length, response.ContentLength);
        var kept = answer.ToCachedResponse();
        Assert.Equal(42, kept.Cost);
        Assert.Equal(LargeBody, kept.Body.ToArray());
    }

    [Fact]
    public async Task Extensions_are_spliced_in_before_the_last_brace_of_a_body_in_several_blocks()
    {
        using var answer = await SerializedAnswer.BuildAsync(7, stream => stream.WriteAsync(LargeBody).AsTask());
        var extensions = """{"cost":7,"remaining":93}"""u8.ToArray();

        var (written, response) = await WriteAsync(answer, extensions);

        var expected = Encoding.UTF8.GetString(LargeBody)[..^1] + ",\"extensions\":{\"cost\":7,\"remaining\":93}}";
        Assert.Equal(expected, Encoding.UTF8.GetString(written));
        Assert.Equal(written.Length, response.ContentLength);
    }
}
