using System.Text.Json.Nodes;

namespace OpenData.Api.Tests.Querying.Infrastructure;

/// <summary>Reading GraphQL responses in the querying tests.</summary>
public static class QueryingAssert
{
    /// <summary>The ids of <c>data.{field}.nodes</c>, failing with the errors when there are any.</summary>
    public static int[] Ids(JsonObject response, string field = "cities")
    {
        NoErrors(response);
        return response["data"]![field]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<int>()).ToArray();
    }

    public static void NoErrors(JsonObject response) =>
        Assert.True(response["errors"] is null, $"Unexpected errors: {response["errors"]?.ToJsonString()}");

    /// <summary>The code of the only error.</summary>
    public static string ErrorCode(JsonObject response)
    {
        Assert.True(response["errors"] is JsonArray { Count: 1 }, $"Expected one error: {response.ToJsonString()}");
        return response["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
    }

    public static string ErrorMessage(JsonObject response) => response["errors"]![0]!["message"]!.GetValue<string>();
}
