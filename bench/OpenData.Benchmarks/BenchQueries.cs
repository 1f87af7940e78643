namespace OpenData.Benchmarks;

/// <summary>A GraphQL document with its variables (JSON).</summary>
public sealed record BenchQuery(string Name, string Query, string VariablesJson)
{
    /// <summary>The POST body a client sends.</summary>
    public string Body => $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(Query)}},"variables":{{VariablesJson}}}""";
}

/// <summary>The queries of bench/harness/scenarios.mjs (keep the two in step).</summary>
public static class BenchQueries
{
    private const string ObservationFields = "id value low high qualifier status derived note period { kind text start end } " +
        "indicator { code } unit area { code name } source { code licence }";

    public static readonly BenchQuery Small = new("small",
        "query Area($code: String!) { area(code: $code) { id code kind name nameVi } }", """{"code":"VNM"}""");

    public static readonly BenchQuery Rankings = new("rankings",
        "query Rankings($code: String!) { area(code: $code) { code name latestRankings { rank outOf score rankChange previousRank " +
        "edition { year index { code name } } source { code title publisher publishedOn licence } } } }", """{"code":"VNM"}""");

    /// <summary>A page of <paramref name="rows"/> observations: the root connection when the schema has it, else the
    /// list field of the synthetic indicator with exactly that many rows.</summary>
    public static BenchQuery Rows(int rows, bool connection) => connection
        ? new($"rows{rows}",
            $$"""query Page($first: Int!) { observations(first: $first, where: { indicator: { code: { eq: "{{BenchSeed.IndicatorFor(BenchSeed.Sizes.Max())}}" } } }) { pageInfo { hasNextPage } nodes { {{ObservationFields}} } } }""",
            $$"""{"first":{{rows}}}""")
        : new($"rows{rows}",
            $"query Rows($code: String!) {{ indicator(code: $code) {{ observations {{ {ObservationFields} }} }} }}",
            $$"""{"code":"{{BenchSeed.IndicatorFor(rows)}}"}""");
}
