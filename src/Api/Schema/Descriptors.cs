using OpenData.Api.Querying;
using OpenData.Api.Schema.Types;
using OpenData.Data.Model;

namespace OpenData.Api.Schema;

/// <summary>
/// What users may filter, sort and page on for each entity (HotChocolate's where/order conventions),
/// and which columns each GraphQL field needs, so root queries select only those. Built once per schema:
/// the descriptors reference each other (an area's observations, an observation's area).
/// </summary>
public sealed class Descriptors
{
    public QueryDescriptor<Area> Area { get; } = new("Area");
    public QueryDescriptor<Source> Source { get; } = new("Source");
    public QueryDescriptor<Indicator> Indicator { get; } = new("Indicator");
    public QueryDescriptor<Platform> Platform { get; } = new("Platform");
    public QueryDescriptor<Observation> Observation { get; } = new("Observation");
    public QueryDescriptor<RankingIndex> RankingIndex { get; } = new("RankingIndex");
    public QueryDescriptor<RankingEdition> RankingEdition { get; } = new("RankingEdition");
    public QueryDescriptor<RankingEntry> RankingEntry { get; } = new("RankingEntry");

    public Descriptors()
    {
        Area.Key(a => a.Id)
            .Filter(a => a.Code, "code", "ISO code (VNM, VN-HP) or aggregate code (WLD).")
            .Filter(a => a.Kind, "kind", "Country, province or aggregate.", typeof(AreaKindType))
            .Filter(a => a.NameEn, "nameEn", "English name; use mode: INSENSITIVE to ignore case and accents.")
            .Filter(a => a.NameVi, "nameVi", "Vietnamese name; with mode: INSENSITIVE, \"Hai Phong\" finds \"Hải Phòng\".")
            .Filter(a => a.Iso2, "iso2", "ISO 3166-1 alpha-2 code.")
            .Filter(a => a.Region, "region", "UN M49 region.")
            .Filter(a => a.SubRegion, "subRegion", "UN M49 sub-region.")
            .FilterRelation(a => a.Parent, "parent", Area, "The area this one belongs to.")
            .FilterList(a => a.Observations, "observations", Observation, "The area's observations.")
            .FilterList(a => a.RankingEntries, "rankingEntries", RankingEntry, "The area's ranking entries.")
            .Sort(a => a.Code, "code", "By code.")
            .Sort(a => a.NameEn, "nameEn", "By English name.")
            .Sort(a => a.Kind, "kind", "By kind.")
            .DefaultOrder(a => a.Code)
            .Projects("name", a => a.NameEn, a => a.NameVi)
            .Projects("parent", a => a.ParentId);

        Source.Key(s => s.Id)
            .Filter(s => s.Code, "code", "Source code (DOC-002, UN-EGDI-2022).")
            .Filter(s => s.Title, "title", "Title in the original language.")
            .Filter(s => s.Publisher, "publisher", "Publisher.")
            .Filter(s => s.Language, "language", "Language of the original (vi, en).")
            .Filter(s => s.Kind, "kind", "Kind of document or dataset.", typeof(SourceKindType))
            .Filter(s => s.Licence, "licence", "Licence or terms.")
            .Sort(s => s.Code, "code", "By code.")
            .Sort(s => s.PublishedOn, "publishedOn", "By publication date.")
            .DefaultOrder(s => s.Code);

        Indicator.Key(i => i.Id)
            .Filter(i => i.Code, "code", "Indicator code (DIGITAL_ECONOMY_GDP_SHARE).")
            .Filter(i => i.NameEn, "nameEn", "English name; mode: INSENSITIVE ignores case and accents.")
            .Filter(i => i.NameVi, "nameVi", "Vietnamese name; mode: INSENSITIVE ignores case and accents.")
            .Filter(i => i.Unit, "unit", "Unit of the values.", typeof(UnitType))
            .Filter(i => i.Topic, "topic", "Theme.", typeof(TopicType))
            .Filter(i => i.HigherIsBetter, "higherIsBetter", "Whether a higher value is better.")
            .FilterList(i => i.Observations, "observations", Observation, "The indicator's observations.")
            .Sort(i => i.Code, "code", "By code.")
            .Sort(i => i.Topic, "topic", "By topic.")
            .DefaultOrder(i => i.Code)
            .Projects("name", i => i.NameEn, i => i.NameVi);

        Platform.Key(p => p.Id)
            .Filter(p => p.Code, "code", "Platform code.")
            .Filter(p => p.NameEn, "nameEn", "English name; mode: INSENSITIVE ignores case and accents.")
            .Filter(p => p.Domestic, "domestic", "True for platforms built in Viet Nam.")
            .FilterList(p => p.Observations, "observations", Observation, "Observations about the platform.")
            .Sort(p => p.Code, "code", "By code.")
            .Sort(p => p.NameEn, "nameEn", "By English name.")
            .DefaultOrder(p => p.Code)
            .Projects("name", p => p.NameEn, p => p.NameVi);

        Observation.Key(o => o.Id)
            .Filter(o => o.Value, "value", "The headline value.")
            .Filter(o => o.Low, "low", "Low end of a range.")
            .Filter(o => o.High, "high", "High end of a range.")
            .Filter(o => o.Qualifier, "qualifier", "Exact, approximate, bound or range.", typeof(QualifierType))
            .Filter(o => o.Status, "status", "Actual, estimate, forecast or target.", typeof(ValueStatusType))
            .Filter(o => o.Derived, "derived", "Whether the value is worked out from what the source states.")
            .Filter(o => o.Period, "period", "Canonical period text (2023, 2022-H1).")
            .Filter(o => o.PeriodKind, "periodKind", "Shape of the period.", typeof(PeriodKindType))
            .Filter(o => o.PeriodStart, "periodStart", "First day the period covers.")
            .Filter(o => o.PeriodEnd, "periodEnd", "Last day the period covers.")
            .Filter(o => o.Note, "note", "The note; mode: INSENSITIVE ignores case and accents.")
            .FilterRelation(o => o.Indicator, "indicator", Indicator, "What is measured.")
            .FilterRelation(o => o.Area, "area", Area, "The area described.")
            .FilterRelation(o => o.Platform, "platform", Platform, "The platform the value is about.")
            .FilterRelation(o => o.Source, "source", Source, "Where the value comes from.")
            .Sort(o => o.PeriodStart, "periodStart", "By the first day of the period.")
            .Sort(o => o.Value, "value", "By value.")
            .Sort(o => o.Status, "status", "By status.")
            .SortRelation(o => o.Indicator, "indicator", Indicator, "By the indicator's fields.")
            .SortRelation(o => o.Area, "area", Area, "By the area's fields.")
            .SortRelation(o => o.Source, "source", Source, "By the source's fields.")
            .DefaultOrder(o => o.Id)
            .Projects("period", o => o.PeriodKind, o => o.Period, o => o.PeriodStart, o => o.PeriodEnd)
            .Projects("indicator", o => o.IndicatorId)
            .Projects("unit", o => o.IndicatorId)
            .Projects("area", o => o.AreaId)
            .Projects("platform", o => o.PlatformId)
            .Projects("source", o => o.SourceId);

        RankingIndex.Key(i => i.Id)
            .Filter(i => i.Code, "code", "Index code (EGDI, GII, GCI).")
            .Filter(i => i.NameEn, "nameEn", "English name; mode: INSENSITIVE ignores case and accents.")
            .Filter(i => i.Publisher, "publisher", "Publisher.")
            .Filter(i => i.RankingRule, "rankingRule", "How scores become ranks.", typeof(RankingRuleType))
            .FilterList(i => i.Editions, "editions", RankingEdition, "The index's editions.")
            .Sort(i => i.Code, "code", "By code.")
            .DefaultOrder(i => i.Code)
            .Projects("name", i => i.NameEn, i => i.NameVi);

        RankingEdition.Key(e => e.Id)
            .Filter(e => e.Year, "year", "Edition year.")
            .Filter(e => e.EconomiesRanked, "economiesRanked", "How many economies the edition ranks.")
            .FilterRelation(e => e.Index, "index", RankingIndex, "The ranking index.")
            .Sort(e => e.Year, "year", "By year.")
            .SortRelation(e => e.Index, "index", RankingIndex, "By the index's fields.")
            .DefaultOrder(e => e.Year, SortDirection.Descending)
            .Projects("index", e => e.IndexId);

        RankingEntry.Key(e => e.Id)
            .Filter(e => e.Rank, "rank", "Position (1 is first).")
            .Filter(e => e.RankQualifier, "rankQualifier", "Exact, or an upper bound for \"top N\".", typeof(QualifierType))
            .Filter(e => e.OutOf, "outOf", "How many economies the edition ranks.")
            .Filter(e => e.Score, "score", "Index score.")
            .Filter(e => e.Tier, "tier", "Publisher's tier.")
            .Filter(e => e.Derived, "derived", "Whether the rank is worked out rather than published.")
            .FilterRelation(e => e.Edition, "edition", RankingEdition, "The edition (year, index).")
            .FilterRelation(e => e.Area, "area", Area, "The ranked area.")
            .FilterRelation(e => e.Source, "source", Source, "Where the entry comes from.")
            .Sort(e => e.Rank, "rank", "By rank (entries without a rank last ascending).")
            .Sort(e => e.Score, "score", "By score.")
            .SortRelation(e => e.Edition, "edition", RankingEdition, "By the edition's fields (year, index).")
            .SortRelation(e => e.Area, "area", Area, "By the area's fields.")
            .DefaultOrder(e => e.Id)
            .Projects("edition", e => e.EditionId)
            .Projects("area", e => e.AreaId)
            .Projects("source", e => e.SourceId)
            .Projects("previousEntry", e => e.AreaId)
            .Projects("previousRank", e => e.AreaId)
            .Projects("rankChange", e => e.AreaId, e => e.Rank);
    }
}
