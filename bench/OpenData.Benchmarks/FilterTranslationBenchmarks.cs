using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Querying;
using OpenData.Api.Schema.Types;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Benchmarks;

/// <summary>
/// <c>where</c> → expression (<see cref="QueryableExtensions.ApplyWhere"/>) on an <see cref="IQueryable{T}"/> of the EF
/// model, without the database: <see cref="ApplyWhere"/> is our translation alone; <see cref="ApplyWhereToSql"/> adds
/// EF Core's translation to SQL (ToQueryString, compiled-query cache included), for scale.
/// </summary>
[Config(typeof(BenchConfig)), MemoryDiagnoser]
public class FilterTranslationBenchmarks
{
    private OpenDataDbContext _db = null!;
    private QueryingOptions _options = null!;
    private Func<IQueryable> _apply = null!;

    [Params("one relation", "three fields", "or + insensitive", "to-many some")]
    public string Filter { get; set; } = "one relation";

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchApi.Shared.Services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContext();
        _options = new QueryingOptions
        {
            FoldFunction = typeof(OpenDataDbContext).GetMethod(nameof(OpenDataDbContext.Fold)),
            FoldValue = TextFolding.Fold,
        };
        var d = new BenchDescriptors();
        var o = d.Observation;
        _apply = Filter switch
        {
            // { indicator: { code: { eq: "DIGITAL_ECONOMY_GDP_SHARE" } } }
            "one relation" => () => _db.Observations.ApplyWhere(o, Input(
                ("indicator", Input(("code", Input(("eq", "DIGITAL_ECONOMY_GDP_SHARE")))))), _options),
            // … plus status: { in: [ACTUAL, ESTIMATE] }, periodStart: { gte: "2020-01-01", lt: "2025-01-01" }
            "three fields" => () => _db.Observations.ApplyWhere(o, Input(
                ("indicator", Input(("code", Input(("eq", "DIGITAL_ECONOMY_GDP_SHARE"))))),
                ("status", Input(("in", new List<object?> { ValueStatus.Actual, ValueStatus.Estimate }))),
                ("periodStart", Input(("gte", new DateOnly(2020, 1, 1)), ("lt", new DateOnly(2025, 1, 1))))), _options),
            // { or: [{ area: { nameVi: { contains: "hai phong", mode: INSENSITIVE } } }, { area: { parent: { code: { eq: "VNM" } } } }],
            //   value: { gt: 10 }, note: { eq: null } }
            "or + insensitive" => () => _db.Observations.ApplyWhere(o, Input(
                ("or", new List<object?>
                {
                    Input(("area", Input(("nameVi", Input(("contains", "hai phong"), ("mode", StringMatchMode.Insensitive)))))),
                    Input(("area", Input(("parent", Input(("code", Input(("eq", "VNM")))))))),
                }),
                ("value", Input(("gt", 10m))),
                ("note", Input(("eq", null)))), _options),
            // areas(where: { kind: { eq: COUNTRY }, observations: { some: { indicator: { code: { startsWith: "DIGITAL" } }, status: { neq: TARGET } } } })
            "to-many some" => () => _db.Areas.ApplyWhere(d.Area, Input(
                ("kind", Input(("eq", AreaKind.Country))),
                ("observations", Input(("some", Input(
                    ("indicator", Input(("code", Input(("startsWith", "DIGITAL"))))),
                    ("status", Input(("neq", ValueStatus.Target)))))))), _options),
            _ => throw new ArgumentOutOfRangeException(nameof(Filter)),
        };
        Console.WriteLine($"// {Filter}: {_apply().ToQueryString().Replace('\n', ' ')}");
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark]
    public Expression ApplyWhere() => _apply().Expression;

    [Benchmark]
    public string ApplyWhereToSql() => _apply().ToQueryString();

    private static Dictionary<string, object?> Input(params (string Name, object? Value)[] fields)
    {
        var input = new Dictionary<string, object?>(fields.Length);
        foreach (var (name, value) in fields) input[name] = value;
        return input;
    }
}

/// <summary>Descriptors for the filter benchmarks, shaped as the schema's (src/Api/Schema).</summary>
public sealed class BenchDescriptors
{
    public QueryDescriptor<Area> Area { get; } = new("Area");
    public QueryDescriptor<Indicator> Indicator { get; } = new("Indicator");
    public QueryDescriptor<Source> Source { get; } = new("Source");
    public QueryDescriptor<Observation> Observation { get; } = new("Observation");

    public BenchDescriptors()
    {
        Area.Key(a => a.Id)
            .Filter(a => a.Code, "code", "Code.")
            .Filter(a => a.Kind, "kind", "Kind.", typeof(AreaKindType))
            .Filter(a => a.NameEn, "nameEn", "English name.")
            .Filter(a => a.NameVi, "nameVi", "Vietnamese name.")
            .FilterRelation(a => a.Parent, "parent", Area, "Parent.")
            .FilterList(a => a.Observations, "observations", Observation, "Observations.")
            .DefaultOrder(a => a.Code);
        Indicator.Key(i => i.Id)
            .Filter(i => i.Code, "code", "Code.")
            .Filter(i => i.NameEn, "nameEn", "English name.")
            .Filter(i => i.Topic, "topic", "Topic.", typeof(TopicType))
            .DefaultOrder(i => i.Code);
        Source.Key(s => s.Id)
            .Filter(s => s.Code, "code", "Code.")
            .Filter(s => s.Kind, "kind", "Kind.", typeof(SourceKindType))
            .DefaultOrder(s => s.Code);
        Observation.Key(o => o.Id)
            .Filter(o => o.Value, "value", "Value.")
            .Filter(o => o.Qualifier, "qualifier", "Qualifier.", typeof(QualifierType))
            .Filter(o => o.Status, "status", "Status.", typeof(ValueStatusType))
            .Filter(o => o.PeriodStart, "periodStart", "Period start.")
            .Filter(o => o.Note, "note", "Note.")
            .FilterRelation(o => o.Indicator, "indicator", Indicator, "Indicator.")
            .FilterRelation(o => o.Area, "area", Area, "Area.")
            .FilterRelation(o => o.Source, "source", Source, "Source.")
            .DefaultOrder(o => o.Id);
    }
}
