using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Loading;
using OpenData.Api.Querying;
using OpenData.Api.Schema.Types;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Api.Schema;

public sealed class OpenDataQuery : ObjectGraphType
{
    public OpenDataQuery()
    {
        Name = "Query";
        Description = "Open statistics on digital transformation, starting with Viet Nam. Every value carries its source and that source's licence.";

        Field<NonNullGraphType<DatasetType>>("dataset")
            .Description("The dataset's version, build time, counts and licence note.")
            .ResolveAsync(async ctx =>
            {
                await using var db = await EntityLoaders.Factory(ctx).CreateDbContextAsync(ctx.CancellationToken);
                return await DatasetInfo.LoadAsync(db, ctx.CancellationToken);
            });

        var d = new Descriptors();
        this.ConnectionField<AreaType, Area, OpenDataDbContext>("areas", d.Area,
            "Areas (countries, provinces, comparison aggregates), filtered with where, ordered with order (default: by code) and paged with cursors.",
            db => db.Areas);
        this.ConnectionField<ObservationType, Observation, OpenDataDbContext>("observations", d.Observation,
            "Every observation, each with its source: filter by indicator, area, period, status or source document (where), order (default: as loaded) and page with cursors.",
            db => db.Observations);
        this.ConnectionField<IndicatorType, Indicator, OpenDataDbContext>("indicators", d.Indicator,
            "Indicators, filtered, ordered (default: by code) and paged.", db => db.Indicators);
        this.ConnectionField<SourceType, Source, OpenDataDbContext>("sources", d.Source,
            "Sources (documents and datasets) with their licences, filtered, ordered (default: by code) and paged.", db => db.Sources);
        this.ConnectionField<PlatformType, Platform, OpenDataDbContext>("platforms", d.Platform,
            "Named digital platforms, filtered, ordered (default: by code) and paged; their figures are under observations.", db => db.Platforms);
        this.ConnectionField<RankingIndexType, RankingIndex, OpenDataDbContext>("rankingIndices", d.RankingIndex,
            "Ranking indices (EGDI, GII, GCI and the rankings the sources state), filtered, ordered (default: by code) and paged.", db => db.RankingIndices);
        this.ConnectionField<RankingEditionType, RankingEdition, OpenDataDbContext>("rankingEditions", d.RankingEdition,
            "Editions of the ranking indices, filtered, ordered (default: newest first) and paged.", db => db.RankingEditions);
        var rankings = this.ConnectionField<RankingEntryType, RankingEntry, OpenDataDbContext>("rankings", d.RankingEntry,
            "Ranking entries: an area's place in an edition as one source gives it. Filter by index, year, area or source (where), order and page. " +
            "The same place from two sources is two entries; preferPublisher keeps one per edition and area.",
            (db, ctx) => ctx.GetArgument<bool>("preferPublisher") ? RankingQueries.PreferPublisher(db) : db.RankingEntries);
        rankings.Arguments!.Add(new QueryArgument<NonNullGraphType<BooleanGraphType>>
        {
            Name = "preferPublisher",
            DefaultValue = false,
            Description = "Where several sources give an area's place in an edition, keep only the most authoritative: the publisher's own dataset, else a stated figure, else a derived one.",
        });

        ByCode<AreaType, Area>("area", "An area by its code (VNM, VN-HP, WLD); null if there is none.",
            EF.CompileAsyncQuery((OpenDataDbContext db, string code) => db.Areas.FirstOrDefault(a => a.Code == code)));
        ByCode<RankingIndexType, RankingIndex>("rankingIndex", "A ranking index by its code (EGDI, GII, GCI); null if there is none.",
            EF.CompileAsyncQuery((OpenDataDbContext db, string code) => db.RankingIndices.FirstOrDefault(i => i.Code == code)));
        ByCode<IndicatorType, Indicator>("indicator", "An indicator by its code (DIGITAL_ECONOMY_GDP_SHARE); null if there is none.",
            EF.CompileAsyncQuery((OpenDataDbContext db, string code) => db.Indicators.FirstOrDefault(i => i.Code == code)));
        ByCode<SourceType, Source>("source", "A source by its code (DOC-002, UN-EGDI-2022); null if there is none.",
            EF.CompileAsyncQuery((OpenDataDbContext db, string code) => db.Sources.FirstOrDefault(s => s.Code == code)));
        ByCode<PlatformType, Platform>("platform", "A platform by its code; null if there is none.",
            EF.CompileAsyncQuery((OpenDataDbContext db, string code) => db.Platforms.FirstOrDefault(p => p.Code == code)));

        Field<NodeInterface>("node")
            .Description("Any object by its global ID (Relay object identification); null if it no longer exists.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID from an object's id field.")
            .Resolve(ctx => NodeResolver.Resolve(ctx, ctx.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Several objects by their global IDs, in the order asked; null for any that no longer exists.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs from objects' id fields (at most 100).")
            .ResolveAsync(async ctx =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                if (ids.Count > 100) throw new ExecutionError("nodes(ids:) takes at most 100 IDs.") { Code = Errors.ErrorCodes.TooManyIds };
                var pending = ids.Select(id => NodeResolver.Resolve(ctx, id)).ToList();
                var results = new List<object?>(pending.Count);
                foreach (var p in pending) results.Add(await p.GetResultAsync(ctx.CancellationToken));
                return results;
            });
        Limits.RateLimitFieldExtensions.AddRateLimitField(this); // src/Api/Limits: the client's budget after this request
    }

    /// <summary>
    /// A root field fetching one entity by its unique code: one indexed lookup, through an EF Core compiled query
    /// (translated on first use, then neither rebuilt nor looked up in the query cache per request), the code a parameter.
    /// </summary>
    private void ByCode<TGraph, TEntity>(string name, string description, Func<OpenDataDbContext, string, Task<TEntity?>> lookup)
        where TGraph : IGraphType where TEntity : class
    {
        Field<TGraph>(name)
            .Description(description)
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code, exactly as the API gives it (case-sensitive).")
            .ResolveAsync(async ctx =>
            {
                await using var db = await EntityLoaders.Factory(ctx).CreateDbContextAsync(ctx.CancellationToken);
                return await lookup(db, ctx.GetArgument<string>("code"));
            });
    }
}
