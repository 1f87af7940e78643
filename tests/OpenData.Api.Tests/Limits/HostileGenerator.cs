using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenData.Api.Tests.Limits;

/// <summary>Generates one hostile request from a seeded <see cref="Random"/>: the same seed, the same request.</summary>
public static class Hostile
{
    public sealed record Generated(string Kind, HttpRequestMessage Request);

    /// <summary>The API key of the one client whose small budget runs out (configured by the test).</summary>
    public const string GreedyKey = "hostile-greedy-client-key-0001";

    /// <summary>Valid documents of this schema, to truncate and mutate.</summary>
    private static readonly string[] Valid =
    [
        "{ __typename }",
        "{ dataset { name version licence builtAt updatedAt areas sources indicators observations rankingEntries } }",
        "{ areas { nodes { code nameEn nameVi } } }",
        "{ area(code: \"VNM\") { code nameEn nameVi } }",
        "query Area($code: String!) { area(code: $code) { code nameEn } }",
        "{ rankingIndex(code: \"GII\") { code } indicator(code: \"DIGITAL_ECONOMY_GDP_SHARE\") { code } }",
        "{ source(code: \"DOC-002\") { code } platform(code: \"zalo\") { code } }",
        "{ node(id: \"QXJlYTpWTk0=\") { id } nodes(ids: [\"QXJlYTpWTk0=\", \"bm9wZQ==\"]) { id } }",
        "{ rateLimit { limit cost remaining resetAt } }",
        "query Q { ...F } fragment F on Query { dataset { version } areas { code } }",
        "query A { __typename } query B { dataset { version } }",
        "{ __schema { queryType { name } types { name kind fields { name type { name kind ofType { name kind } } } } } }",
        "{ __type(name: \"Area\") { name fields { name args { name } } } }",
        "mutation { __typename }",
        "subscription { __typename }",
        "{ a: area(code: \"VNM\") { code } b: area(code: \"VN-HP\") { code } c: areas { code } }",
        "query ($skip: Boolean = false) { dataset @skip(if: $skip) { version } }",
        """{ area(code: "Vi\u1EC7t \"Nam\"") { code } }""",
        "{ dataset { ... on Dataset { version } } }",
    ];

    private static readonly string[] Punctuators = ["{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", ",", "\"", "\"\"\"", "#", "\n"];
    private static readonly string[] Names = ["query", "mutation", "fragment", "on", "__typename", "__schema", "__type", "area", "areas", "dataset", "code", "version", "node", "id", "F", "x", "true", "null", "Query"];
    private static readonly string[] ContentTypes =
    [
        "text/plain", "text/plain;charset=UTF-8", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/graphql", "application/json; charset=latin1", "application/json; charset=utf-16", "@@@", "application/json;;;", "*/*",
        "application/graphql-response+json", "application/json; charset=\"utf-8\"", "APPLICATION/JSON",
    ];
    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/json", "*/*", "application/*", "text/plain", "image/png",
        "application/json;q=0", "application/graphql-response+json;q=0.5, application/json;q=0.9", ";;;", "application/json;q=abc", "",
    ];

    public static Generated Generate(Random random, int index)
    {
        var kind = random.Next(18);
        var (name, request) = kind switch
        {
            0 => ("valid POST", PostQuery(random, Pick(random, Valid), ValidVariables(random))),
            1 => ("valid GET", Get(random, "query=" + Uri.EscapeDataString(Pick(random, Valid)) + (random.Next(3) == 0 ? "&variables=" + Uri.EscapeDataString("{\"code\":\"VNM\"}") : ""))),
            2 => ("truncated", PostQuery(random, Truncate(random, Pick(random, Valid)), null)),
            3 => ("mutated", PostQuery(random, Mutate(random, Pick(random, Valid)), random.Next(4) == 0 ? ValidVariables(random) : null)),
            4 => ("deep nesting", PostQuery(random, DeepNesting(random), null)),
            5 => ("huge string", PostQuery(random, HugeString(random), null)),
            6 => ("huge list", HugeList(random)),
            7 => ("random bytes", PostBytes(random, RandomBytes(random), "application/json")),
            8 => ("wrong JSON types", PostBytes(random, Encoding.UTF8.GetBytes(WrongJsonTypes(random)), "application/json")),
            9 => ("wrong content type", PostBytes(random, Encoding.UTF8.GetBytes(JsonBody(Pick(random, Valid), null)), random.Next(8) == 0 ? null : Pick(random, ContentTypes))),
            10 => ("huge variables", HugeVariables(random)),
            11 => ("random GET", Get(random, RandomQueryString(random))),
            12 => ("other method", OtherMethod(random)),
            13 => ("bombs", PostQuery(random, Bomb(random), null)),
            14 => ("token soup", PostQuery(random, TokenSoup(random), null)),
            15 => ("unicode and control characters", PostBytes(random, Encoding.UTF8.GetBytes(UnicodeJson(random)), "application/json")),
            16 => ("odd headers", OddHeaders(random)),
            _ => ("JSON structure", PostBytes(random, Encoding.UTF8.GetBytes(JsonStructure(random)), "application/json")),
        };
        if (index % 16 == 15 && !request.Headers.Contains("X-API-Key")) request.Headers.TryAddWithoutValidation("X-API-Key", GreedyKey);
        if (random.Next(10) == 0) request.Headers.TryAddWithoutValidation(LimitsApi.ClientAddressHeader, "10.0.0.1");
        else request.Headers.TryAddWithoutValidation(LimitsApi.ClientAddressHeader, $"192.0.2.{index % 16}");
        return new Generated(name, request);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string? Accept(Random random) => random.Next(5) switch
    {
        0 => null,
        1 => Pick(random, Accepts),
        2 => "application/json",
        _ => "application/graphql-response+json",
    };

    private static HttpRequestMessage PostQuery(Random random, string query, object? variables) =>
        PostBytes(random, Encoding.UTF8.GetBytes(JsonBody(query, variables)), "application/json");

    private static string JsonBody(string query, object? variables, string? operationName = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables, ["operationName"] = operationName });

    private static HttpRequestMessage PostBytes(Random random, byte[] body, string? contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (Accept(random) is { } accept) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static HttpRequestMessage Get(Random random, string queryString)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        if (Accept(random) is { } accept) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static object? ValidVariables(Random random) => random.Next(4) switch
    {
        0 => null,
        1 => new { code = "VNM" },
        2 => new { code = 42 },
        _ => new { code = (string?)null, skip = "yes" },
    };

    private static string Truncate(Random random, string text) => text[..random.Next(text.Length + 1)];

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var edits = 1 + random.Next(10);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(6))
            {
                case 0: builder.Remove(at, 1); break;
                case 1: builder.Insert(at, Pick(random, Punctuators)); break;
                case 2: builder.Insert(at, (char)random.Next(0x20, 0x7F)); break;
                case 3: builder.Insert(at, (char)random.Next(0x80, 0xFFFF)); break;
                case 4:
                    var length = random.Next(Math.Min(40, builder.Length - at) + 1);
                    builder.Insert(at, builder.ToString(at, length)); break;
                default: builder[at] = Pick(random, Punctuators)[0]; break;
            }
        }
        return builder.ToString();
    }

    private static string DeepNesting(Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(1, 200) : random.Next(200, 6000);
        return random.Next(5) switch
        {
            0 => new string('{', depth) + new string('}', random.Next(depth + 1)),
            1 => "{ area(code: " + new string('[', depth) + "\"VNM\"" + new string(']', depth) + ") { code } }",
            2 => "{ " + string.Concat(Enumerable.Repeat("areas { ", depth)) + "code" + new string('}', depth) + " }",
            3 => "{ area(code: " + string.Concat(Enumerable.Repeat("{a:", depth)) + "1" + new string('}', depth) + ") { code } }",
            _ => "query " + new string('(', depth) + " { __typename }",
        };
    }

    private static string HugeString(Random random)
    {
        // Mostly under the body limit (so the lexer and parser see them), sometimes just over it.
        var length = random.Next(8) == 0 ? random.Next(100_000, 140_000) : random.Next(1_000, 30_000);
        var content = random.Next(3) switch
        {
            0 => new string('x', length),
            1 => string.Concat(Enumerable.Repeat("\\u00e9", length / 6)),
            _ => string.Concat(Enumerable.Repeat("Việt ", length / 5)),
        };
        // Mostly through __type(name:), which answers from the schema; area(code:) sends the string to the database.
        var field = random.Next(4) == 0 ? "area(code:" : "__type(name:";
        var selection = field == "area(code:" ? "code" : "name";
        return random.Next(2) == 0 ? $"{{ {field} \"{content}\") {{ {selection} }} }}" : $"{{ {field} \"\"\"{content}\"\"\") {{ {selection} }} }}";
    }

    private static HttpRequestMessage HugeList(Random random)
    {
        var count = random.Next(8) == 0 ? random.Next(10_000, 14_000) : random.Next(10, 2_000);
        var ids = new StringBuilder();
        var escaped = random.Next(2) == 0;
        for (var i = 0; i < count; i++) ids.Append(i == 0 ? "" : ",").Append(escaped ? "\\\"id" : "\"id").Append(i).Append(escaped ? "\\\"" : "\"");
        return escaped
            ? PostBytes(random, Encoding.UTF8.GetBytes($"{{\"query\":\"{{ nodes(ids: [{ids}]) {{ id }} }}\"}}"), "application/json")
            : PostBytes(random, Encoding.UTF8.GetBytes($"{{\"query\":\"query($ids:[ID!]!){{ nodes(ids: $ids) {{ id }} }}\",\"variables\":{{\"ids\":[{ids}]}}}}"), "application/json");
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(8) == 0 ? random.Next(0, 120_000) : random.Next(0, 2_000)];
        random.NextBytes(bytes);
        if (bytes.Length > 2 && random.Next(2) == 0) { bytes[0] = (byte)'{'; bytes[^1] = (byte)'}'; }
        return bytes;
    }

    private static string WrongJsonTypes(Random random)
    {
        string[] values = ["1", "-1.5e308", "true", "null", "[]", "{}", "\"x\"", "[\"{ __typename }\"]", "{\"query\":1}", "1e999", "\"\\ud800\""];
        return random.Next(6) switch
        {
            0 => $"{{\"query\":{Pick(random, values)}}}",
            1 => $"{{\"query\":\"{{ __typename }}\",\"variables\":{Pick(random, values)}}}",
            2 => $"{{\"query\":\"{{ __typename }}\",\"operationName\":{Pick(random, values)}}}",
            3 => $"{{\"query\":\"{{ __typename }}\",\"extensions\":{Pick(random, values)}}}",
            4 => Pick(random, values),
            _ => "{\"query\":\"{ __typename }\",\"query\":\"{ dataset { version } }\",\"variables\":{\"a\":1,\"a\":2}}",
        };
    }

    private static HttpRequestMessage HugeVariables(Random random)
    {
        var size = random.Next(8) == 0 ? random.Next(100_000, 130_000) : random.Next(1_000, 40_000);
        string variables = random.Next(3) switch
        {
            0 => $"{{\"code\":\"{new string('v', size)}\"}}",
            1 => "{\"v\":" + new string('[', Math.Min(size, 5_000)) + new string(']', Math.Min(size, 5_000)) + "}",
            _ => "{" + string.Join(",", Enumerable.Range(0, size / 10).Select(i => $"\"k{i}\":{i}")) + "}",
        };
        var body = "{\"query\":\"query Area($code: String!) { area(code: $code) { code } }\",\"variables\":" + variables + "}";
        if (random.Next(3) == 0) return Get(random, "query=" + Uri.EscapeDataString("query Area($code: String!) { area(code: $code) { code } }") + "&variables=" + Uri.EscapeDataString(variables[..Math.Min(variables.Length, 40_000)]));
        return PostBytes(random, Encoding.UTF8.GetBytes(body), "application/json");
    }

    private static string RandomQueryString(Random random)
    {
        string[] keys = ["query", "variables", "operationName", "extensions", "x", "", "query[]", "QUERY"];
        var parts = new List<string>();
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var value = random.Next(4) switch
            {
                0 => Uri.EscapeDataString(Pick(random, Valid)),
                1 => Uri.EscapeDataString(Mutate(random, Pick(random, Valid))),
                2 => "%" + (char)random.Next('A', 'Z') + "%zz%" + random.Next(100),
                _ => Uri.EscapeDataString(new string((char)random.Next(0x20, 0x7E), random.Next(0, 3000))),
            };
            parts.Add(Pick(random, keys) + (random.Next(8) == 0 ? "" : "=" + value));
        }
        return string.Join("&", parts);
    }

    private static HttpRequestMessage OtherMethod(Random random)
    {
        HttpMethod[] methods = [HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Head, HttpMethod.Options, new("PROPFIND"), HttpMethod.Trace];
        var request = new HttpRequestMessage(Pick(random, methods), "/graphql" + (random.Next(2) == 0 ? "?query=%7B__typename%7D" : ""));
        if (request.Method != HttpMethod.Head && request.Method != HttpMethod.Trace && random.Next(2) == 0)
        {
            request.Content = new StringContent(JsonBody("{ __typename }", null));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        if (request.Method == HttpMethod.Options && random.Next(2) == 0)
        {
            request.Headers.TryAddWithoutValidation("Origin", "https://evil.example");
            request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", random.Next(2) == 0 ? "POST" : "DELETE");
        }
        if (Accept(random) is { } accept) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static string Bomb(Random random)
    {
        var n = random.Next(2, 40);
        switch (random.Next(5))
        {
            case 0:
                var fragments = new StringBuilder("{ ...F" + n + " } fragment F0 on Query { __typename }");
                for (var i = 1; i <= n; i++) fragments.Append($" fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }}");
                return fragments.ToString();
            case 1:
                return "{ " + string.Join(" ", Enumerable.Range(0, n * 10).Select(i => $"a{i}: __typename")) + " }";
            case 2:
                return "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", n * 5)) + "}";
            case 3:
                return "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
            default:
                return "{ areas(first: 1000000) { code } " + string.Join(" ", Enumerable.Range(0, n).Select(i => $"x{i}: areas {{ code nameEn }}")) + " }";
        }
    }

    private static string TokenSoup(Random random)
    {
        var builder = new StringBuilder();
        for (var n = random.Next(1, 400); n > 0; n--)
        {
            builder.Append(random.Next(4) switch
            {
                0 => Pick(random, Punctuators),
                1 => Pick(random, Names),
                2 => random.Next(2) == 0 ? random.Next().ToString() : (random.NextDouble() * 1e10).ToString("e"),
                _ => "\"" + (char)random.Next(0x20, 0x7E) + "\"",
            });
            builder.Append(' ');
        }
        return builder.ToString();
    }

    private static string UnicodeJson(Random random)
    {
        string[] pieces = ["\\u0000", "\\ud800", "\\udfff", "\\ufeff", "\\u202e", "\u00e9", "\ud83d\ude00", "\\\\", "\\\"", "\\n", "\\t", "\\b"];
        var query = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pick(random, pieces)));
        return random.Next(2) == 0
            ? $"{{\"query\":\"{{ area(code: \\\"{query}\\\") {{ code }} }}\"}}"
            : $"{{\"query\":\"{query}\",\"operationName\":\"{query}\"}}";
    }

    private static HttpRequestMessage OddHeaders(Random random)
    {
        var request = PostQuery(random, Pick(random, Valid), null);
        switch (random.Next(4))
        {
            case 0: request.Headers.TryAddWithoutValidation("X-API-Key", Guid.NewGuid().ToString()); break;
            case 1: request.Headers.TryAddWithoutValidation("X-Forwarded-For", random.Next(2) == 0 ? "not an address, ::::, 999.1.1.1" : "198.51.100.7, 10.0.0.1"); break;
            case 2: request.Headers.TryAddWithoutValidation("Accept", string.Join(",", Enumerable.Repeat("application/json;q=0.1", 500))); break;
            default:
                request.Headers.TryAddWithoutValidation("X-API-Key", "a");
                request.Headers.TryAddWithoutValidation("X-API-Key", "b"); break;
        }
        return request;
    }

    private static string JsonStructure(Random random)
    {
        var depth = random.Next(1, 3000);
        return random.Next(3) switch
        {
            0 => "{\"query\":\"{ __typename }\",\"extensions\":" + new string('[', depth) + new string(']', depth) + "}",
            1 => new string('{', depth),
            _ => "{\"query\":\"{ __typename }\",\"variables\":{" + string.Concat(Enumerable.Repeat("\"a\":{", depth)) + "}" + new string('}', depth) + "}",
        };
    }
}
