using System.ComponentModel;

namespace OpenData.Data.Model;

// Descriptions live with the values so every consumer (API schema, data dictionary) says the same thing.

/// <summary>What kind of place an <see cref="Area"/> is.</summary>
public enum AreaKind
{
    [Description("A country or territory, coded by ISO 3166-1 alpha-3 (VNM).")] Country,
    [Description("A province or province-level city, coded by ISO 3166-2 (VN-HP).")] Province,
    [Description("A group used for comparison: the world, a region, developed countries.")] Aggregate,
}

/// <summary>Where a source's rows came from: the reviewed files in seed/, or an importer run.</summary>
public enum SourceOrigin
{
    [Description("Entered from the reviewed files in seed/.")] Seed,
    [Description("Loaded by an importer from an official data file.")] Import,
}

/// <summary>What kind of document a source is; the publisher's own dataset is preferred for rankings.</summary>
public enum SourceKind
{
    [Description("A news article reporting the figures.")] NewsArticle,
    [Description("A government report or official communication.")] GovernmentReport,
    [Description("The publisher's own dataset (e.g. the UN's EGDI file): the most authoritative source of its figures.")] PublisherDataset,
    [Description("A third party's compilation of a publisher's data.")] Compilation,
    [Description("Reference data such as code lists.")] Reference,
}

/// <summary>How a stated value relates to the true one ("about", "more than", "27.7 to 28").</summary>
public enum Qualifier
{
    [Description("The value as stated, without hedging.")] Exact,
    [Description("An approximate value: \"about\", \"nearly\".")] Approximate,
    [Description("A lower bound: \"more than\", \"at least\"; the true value is at or above it.")] LowerBound,
    [Description("An upper bound: \"at most\", \"top N\"; the true value is at or below it.")] UpperBound,
    [Description("A range from low to high (\"27.7 to 28\").")] Range,
}

/// <summary>Whether a value is measured, estimated, forecast or a target.</summary>
public enum ValueStatus
{
    [Description("A measured or reported outcome.")] Actual,
    [Description("An estimate of an outcome (\"ước đạt\"), before final figures.")] Estimate,
    [Description("A forecast of a future outcome.")] Forecast,
    [Description("A goal set by a plan or programme, not an outcome.")] Target,
}

/// <summary>The shape of a period; see <c>Period</c> in the seed loader for the text form.</summary>
public enum PeriodKind
{
    [Description("A calendar year: 2023.")] Year,
    [Description("Several years: 2022/2024.")] YearRange,
    [Description("Half a year: 2022-H1.")] HalfYear,
    [Description("A quarter: 2024-Q3.")] Quarter,
    [Description("A month: 2022-06.")] Month,
    [Description("A range of months: 2024-01/2024-09.")] MonthRange,
    [Description("A single day: 2024-10-15.")] Date,
    [Description("Everything up to a day (\"to 2023-11-15\"): ../2023-11-15.")] ToDate,
    [Description("From a year onward: 2024/..")] FromYear,
}

/// <summary>Unit of an indicator's values.</summary>
public enum Unit
{
    [Description("Percent: 11.91 means 11.91 %.")] Percent,
    [Description("A count of things (enterprises, villages, accounts).")] Count,
    [Description("Billions of US dollars.")] BillionUsd,
    [Description("A score on the index's own scale.")] IndexScore,
    [Description("A position in a ranking (1 is first).")] Rank,
    [Description("A date: the value is the period itself (e.g. a switch-off date).")] Date,
}

/// <summary>Theme an indicator belongs to.</summary>
public enum Topic
{
    [Description("The digital economy: its size, growth, revenues, enterprises.")] DigitalEconomy,
    [Description("Digital government: online public services, records, programmes.")] DigitalGovernment,
    [Description("Digital society: skills, community teams, adoption by people.")] DigitalSociety,
    [Description("Infrastructure: networks, coverage, connectivity.")] Infrastructure,
    [Description("Digital platforms and their users.")] Platforms,
    [Description("Innovation and research.")] Innovation,
}

/// <summary>How a ranking index turns scores into ranks (ITU shares a rank between tied scores).</summary>
public enum RankingRule
{
    [Description("Rank = 1 + number of economies with a better score (1, 2, 2, 4).")] Competition,
    [Description("Tied scores share a rank and the next rank follows on (1, 2, 2, 3), as ITU ranks.")] Dense,
    [Description("The publisher gives tiers, not ranks; any rank shown comes from another source.")] Tiers,
    [Description("The source states a position without saying how it was computed.")] Stated,
}
