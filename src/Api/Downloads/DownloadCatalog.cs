using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using static OpenData.Api.Downloads.DownloadTableBuilder;

namespace OpenData.Api.Downloads;

/// <summary>
/// Every table offered at <c>/downloads</c>. Column names follow the files in <c>seed/</c> (docs/seed-data.md),
/// so a download of a table reads like its seed file with a few more columns; rows refer to each other by code.
/// </summary>
public static class DownloadCatalog
{
    public static IReadOnlyList<DownloadTable> Tables { get; } =
    [
        For("areas", "Countries (ISO 3166-1), provinces (ISO 3166-2) and comparison aggregates such as the world.",
                db => db.Areas.OrderBy(a => a.Code).Select(a => new
                {
                    a.Code, a.Kind, a.NameEn, a.NameVi, ParentCode = a.Parent != null ? a.Parent.Code : null,
                    a.Iso2, a.IsoNumeric, a.Region, a.SubRegion,
                }))
            .String("code", r => r.Code, "The area's code: ISO 3166-1 alpha-3 for countries (VNM), ISO 3166-2 for provinces (VN-HP), or an aggregate code (WLD, DEVELOPED).")
            .Enum("kind", r => r.Kind, "What kind of place the area is.")
            .String("name_en", r => r.NameEn, "English name.")
            .String("name_vi", r => r.NameVi, "Vietnamese name, where known.", nullable: true)
            .String("parent_code", r => r.ParentCode, "Code of the area this one lies in (a province's country); see this table's code.", nullable: true)
            .String("iso2", r => r.Iso2, "ISO 3166-1 alpha-2 code, for countries.", nullable: true)
            .String("iso_numeric", r => r.IsoNumeric, "ISO 3166-1 numeric code (three digits, as text), for countries.", nullable: true)
            .String("region", r => r.Region, "UN M49 region, for countries.", nullable: true)
            .String("sub_region", r => r.SubRegion, "UN M49 sub-region, for countries.", nullable: true)
            .Build(),

        For("sources", "The documents and datasets the values come from, each with the licence its values are served under.",
                db => db.Sources.OrderBy(s => s.Code))
            .String("code", r => r.Code, "The source's code (DOC-002 for a seed document, UN-EGDI-2022 for an imported file); observations and ranking entries name it.")
            .String("title", r => r.Title, "Title in the original language.")
            .String("title_en", r => r.TitleEn, "English title or gloss, where the original is in another language.", nullable: true)
            .String("publisher", r => r.Publisher, "Who published the source.", nullable: true)
            .String("published_on", r => r.PublishedOn, "Publication date as precisely as the source gives it: 2024, 2024-10 or 2024-10-10.", nullable: true)
            .String("language", r => r.Language, "BCP 47 language tag of the original (vi, en).")
            .String("document_file", r => r.DocumentFile, "File name of the original document or dataset.", nullable: true)
            .String("url", r => r.Url, "Where the source can be read.", nullable: true)
            .Enum("kind", r => r.Kind, "What kind of document the source is.")
            .String("licence", r => r.Licence, "Licence of the source's values (an SPDX identifier where one exists): the terms for re-using every value that cites this source.")
            .String("licence_url", r => r.LicenceUrl, "Text of the licence.", nullable: true)
            .String("note", r => r.Note, "Remarks on the source: authorship, dates, how the licence was established.", nullable: true)
            .Enum("origin", r => r.Origin, "Whether the source's rows came from the reviewed seed files or from an importer.")
            .String("content_hash", r => r.ContentHash, "SHA-256 (hex) of the imported file, for sources created by an importer.", nullable: true)
            .Build(),

        For("indicators", "The measured quantities, each with a stable code, its unit and its topic.",
                db => db.Indicators.OrderBy(i => i.Code))
            .String("code", r => r.Code, "The indicator's code (UPPER_SNAKE, e.g. DIGITAL_ECONOMY_GDP_SHARE); observations name it.")
            .String("name_en", r => r.NameEn, "English name.")
            .String("name_vi", r => r.NameVi, "Vietnamese name, where known.", nullable: true)
            .String("description", r => r.Description, "What the indicator measures.", nullable: true)
            .Enum("unit", r => r.Unit, "Unit of the indicator's values.")
            .Enum("topic", r => r.Topic, "Theme the indicator belongs to.")
            .Boolean("higher_is_better", r => r.HigherIsBetter, "True when a higher value is better, false when lower is; empty where neither is (a count of villages connected).", nullable: true)
            .Build(),

        For("platforms", "Named digital platforms that some observations are about (VNeID, OneTouch, ...).",
                db => db.Platforms.OrderBy(p => p.Code))
            .String("code", r => r.Code, "The platform's code; observations name it.")
            .String("name_en", r => r.NameEn, "English name.")
            .String("name_vi", r => r.NameVi, "Vietnamese name, where known.", nullable: true)
            .Boolean("domestic", r => r.Domestic, "True for platforms built in Viet Nam.")
            .String("description", r => r.Description, "What the platform is.", nullable: true)
            .String("url", r => r.Url, "The platform's address.", nullable: true)
            .Build(),

        For("observations", "Every stated value: an indicator for an area and period, exactly as its source states it.",
                db => db.Observations.OrderBy(o => o.Id).Select(o => new
                {
                    Indicator = o.Indicator.Code, Area = o.Area.Code, Platform = o.Platform != null ? o.Platform.Code : null,
                    o.Period, o.PeriodKind, o.PeriodStart, o.PeriodEnd, o.Value, o.Low, o.High, o.OutOf,
                    o.Qualifier, o.Status, o.Derived, Source = o.Source.Code, o.Note,
                }))
            .String("indicator", r => r.Indicator, "Code of the indicator measured (indicators.csv).")
            .String("area", r => r.Area, "Code of the area the value is for (areas.csv).")
            .String("platform", r => r.Platform, "Code of the platform the value is about (platforms.csv), for platform figures.", nullable: true)
            .String("period", r => r.Period, "The period as text: 2021, 2021/2024, 2022-H1, 2024-Q3, 2022-06, 2024-01/2024-09, 2024-10-15, ../2023-11-15 (up to a day) or 2024/.. (from a year on).")
            .Enum("period_kind", r => r.PeriodKind, "The shape of the period.")
            .Date("period_start", r => r.PeriodStart, "First day the period covers (ISO 8601); empty for an open start.", nullable: true)
            .Date("period_end", r => r.PeriodEnd, "Last day the period covers (ISO 8601); empty for an open end.", nullable: true)
            .Decimal("value", r => r.Value, "The headline value in the indicator's unit: the number stated, the bound for a bound, the low end for a range; empty for a date-valued indicator.", nullable: true)
            .Decimal("low", r => r.Low, "Low end of a range (qualifier Range).", nullable: true)
            .Decimal("high", r => r.High, "High end of a range (qualifier Range).", nullable: true)
            .Decimal("out_of", r => r.OutOf, "Denominator where the source says \"N of M\".", nullable: true)
            .Enum("qualifier", r => r.Qualifier, "How the stated value relates to the true one.")
            .Enum("status", r => r.Status, "Whether the value is measured, estimated, forecast or a target.")
            .Boolean("derived", r => r.Derived, "True when the value is worked out from what the source states rather than stated; the note says how.")
            .String("source", r => r.Source, "Code of the source that states the value (sources.csv): cite it, under its licence.")
            .String("note", r => r.Note, "The source's own words for the value, and any remark on it.", nullable: true)
            .Build(),

        For("ranking-indices", "International rankings such as the UN EGDI, WIPO GII and ITU GCI.",
                db => db.RankingIndices.OrderBy(i => i.Code))
            .String("code", r => r.Code, "The index's code (EGDI, GII, GCI); editions and entries name it.")
            .String("name_en", r => r.NameEn, "English name.")
            .String("name_vi", r => r.NameVi, "Vietnamese name, where known.", nullable: true)
            .String("publisher", r => r.Publisher, "Who publishes the index.", nullable: true)
            .String("description", r => r.Description, "What the index measures and how often it is published.", nullable: true)
            .String("url", r => r.Url, "The index's home page.", nullable: true)
            .Enum("ranking_rule", r => r.RankingRule, "How the index turns scores into ranks.")
            .Boolean("higher_score_is_better", r => r.HigherScoreIsBetter, "True when a higher score ranks higher; empty for rankings without scores.", nullable: true)
            .Build(),

        For("ranking-editions", "Published editions of each ranking index.",
                db => db.RankingEditions.OrderBy(e => e.Index.Code).ThenBy(e => e.Year).Select(e => new
                {
                    Index = e.Index.Code, e.Year, e.Period, e.EconomiesRanked,
                }))
            .String("index", r => r.Index, "Code of the ranking index (ranking-indices.csv).")
            .Integer("year", r => r.Year, "The edition's year (the survey year for EGDI); with index, identifies the edition.")
            .String("period", r => r.Period, "Period the edition covers where it differs from the year (2022-06 for a monthly chart), in the observations' period grammar.", nullable: true)
            .Integer("economies_ranked", r => r.EconomiesRanked, "How many economies the edition ranks, where known.", nullable: true)
            .Build(),

        For("ranking-entries", "An area's place in an edition of a ranking, as one source gives it.",
                db => db.RankingEntries.OrderBy(e => e.Id).Select(e => new
                {
                    Index = e.Edition.Index.Code, e.Edition.Year, Area = e.Area.Code, e.Rank, e.RankQualifier, e.OutOf,
                    e.Score, e.Tier, e.Derived, Source = e.Source.Code, e.Note,
                }))
            .String("index", r => r.Index, "Code of the ranking index (ranking-indices.csv).")
            .Integer("year", r => r.Year, "Year of the edition (ranking-editions.csv, with index).")
            .String("area", r => r.Area, "Code of the ranked area (areas.csv).")
            .Integer("rank", r => r.Rank, "The area's rank (1 is first); empty where the publisher gives only a tier.", nullable: true)
            .Enum("rank_qualifier", r => r.RankQualifier, "Exact, or UpperBound for \"top 6\" or \"among the top 10\".")
            .Integer("out_of", r => r.OutOf, "Number of economies ranked, as the source states it.", nullable: true)
            .Decimal("score", r => r.Score, "The area's score on the index's own scale, where published.", nullable: true)
            .String("tier", r => r.Tier, "Publisher's tier or group where it gives one (GCI 2024 \"Tier 1\").", nullable: true)
            .Boolean("derived", r => r.Derived, "True when the rank is worked out (from scores, or from \"up N places\") rather than published; the note says how.")
            .String("source", r => r.Source, "Code of the source that gives the entry (sources.csv): cite it, under its licence.")
            .String("note", r => r.Note, "The source's own words for the entry, and any remark on it.", nullable: true)
            .Build(),
    ];

    /// <summary>
    /// A short hash of every table's columns (names, types, descriptions, enum values): part of the downloads' ETag,
    /// so that a new column or description is not hidden behind an unchanged dataset version.
    /// </summary>
    public static string Fingerprint { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Tables.SelectMany(t => t.Columns.Select(c =>
            $"{t.Name}|{t.Description}|{c.Name}|{c.TypeName}|{c.Nullable}|{c.Description}|{string.Join(',', c.Values)}"))))))[..8];

    public static DownloadTable? Find(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
