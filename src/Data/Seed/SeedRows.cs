using OpenData.Data.Model;

namespace OpenData.Data.Seed;

// One record per seed file row, already typed and checked on its own; Line is the row's line in its file.

public sealed record SourceRow(int Line, string Code, string Title, string? TitleEn, string? Publisher, string? PublishedOn,
    string Language, string? DocumentFile, string? Url, SourceKind Kind, string Licence, string? LicenceUrl, string? Note);

public sealed record AreaRow(int Line, string Code, AreaKind Kind, string NameEn, string? NameVi, string? ParentCode,
    string? Iso2, string? IsoNumeric, string? Region, string? SubRegion);

public sealed record IndicatorRow(int Line, string Code, string NameEn, string? NameVi, string? Description, Unit Unit,
    Topic Topic, bool? HigherIsBetter);

public sealed record PlatformRow(int Line, string Code, string NameEn, string? NameVi, bool Domestic, string? Description, string? Url);

public sealed record ObservationRow(int Line, string Indicator, string Area, string? Platform, Period Period, decimal? Value,
    decimal? Low, decimal? High, decimal? OutOf, Qualifier Qualifier, ValueStatus Status, bool Derived, string Source, string? Note);

public sealed record RankingIndexRow(int Line, string Code, string NameEn, string? NameVi, string? Publisher, string? Description,
    string? Url, RankingRule RankingRule, bool? HigherScoreIsBetter);

public sealed record RankingEditionRow(int Line, string Index, int Year, string? Period, int? EconomiesRanked);

public sealed record RankingEntryRow(int Line, string Index, int Year, string Area, int? Rank, Qualifier RankQualifier, int? OutOf,
    decimal? Score, string? Tier, bool Derived, string Source, string? Note);

/// <summary>A country name as spelt in a publisher's file, mapped to its ISO 3166-1 alpha-3 code.</summary>
public sealed record CountryAliasRow(int Line, string Name, string Iso3, string? Note);
