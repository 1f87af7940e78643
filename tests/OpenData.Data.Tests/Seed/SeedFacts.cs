using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;
using OpenData.Data.Storage;

namespace OpenData.Data.Tests.Seed;

internal sealed record ObservationFact(int Id, string Indicator, Unit Unit, string Area, string Period, PeriodKind Kind, DateOnly? End,
    decimal? Value, decimal? Low, decimal? High, decimal? OutOf, Qualifier Qualifier, ValueStatus Status, bool Derived, string Source, SourceOrigin Origin);

internal sealed record EntryFact(int Id, string Index, int Year, string? EditionPeriod, string Area, int? Rank, Qualifier Qualifier, int? OutOf,
    bool Derived, string Source, SourceOrigin Origin);

internal sealed record AreaFact(string Code, string NameEn, string? NameVi);

/// <summary>The loaded values, flattened once so that matching the fact sheet against them is plain LINQ.</summary>
internal sealed record SeedFacts(IReadOnlyList<ObservationFact> Observations, IReadOnlyList<EntryFact> Entries, IReadOnlyList<AreaFact> Areas)
{
    public static async Task<SeedFacts> ReadAsync(OpenDataDbContext db) => new(
        await db.Observations.Select(o => new ObservationFact(o.Id, o.Indicator.Code, o.Indicator.Unit, o.Area.Code, o.Period, o.PeriodKind, o.PeriodEnd,
            o.Value, o.Low, o.High, o.OutOf, o.Qualifier, o.Status, o.Derived, o.Source.Code, o.Source.Origin)).ToListAsync(),
        await db.RankingEntries.Select(e => new EntryFact(e.Id, e.Edition.Index.Code, e.Edition.Year, e.Edition.Period, e.Area.Code, e.Rank,
            e.RankQualifier, e.OutOf, e.Derived, e.Source.Code, e.Source.Origin)).ToListAsync(),
        await db.Areas.Select(a => new AreaFact(a.Code, a.NameEn, a.NameVi)).ToListAsync());
}
