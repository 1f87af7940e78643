using Microsoft.EntityFrameworkCore;
using OpenData.Data.Model;

namespace OpenData.Data.Storage;

/// <summary>The open-data model on SQLite or PostgreSQL; the provider is chosen by <see cref="StorageOptions"/>.</summary>
public sealed class OpenDataDbContext(DbContextOptions<OpenDataDbContext> options) : DbContext(options)
{
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Platform> Platforms => Set<Platform>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<RankingIndex> RankingIndices => Set<RankingIndex>();
    public DbSet<RankingEdition> RankingEditions => Set<RankingEdition>();
    public DbSet<RankingEntry> RankingEntries => Set<RankingEntry>();
    public DbSet<DatasetState> DatasetStates => Set<DatasetState>();
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();

    /// <summary>Lower-cases and strips diacritics (Hải Phòng → hai phong); runs in the database, see <see cref="TextFolding"/>.</summary>
    public static string Fold(string value) => throw new InvalidOperationException("Fold runs only inside a database query.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpenDataDbContext).Assembly);
        modelBuilder.HasDbFunction(typeof(OpenDataDbContext).GetMethod(nameof(Fold))!).HasName(TextFolding.FunctionName);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: readable in the database and stable when members are added.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        if (Database.IsSqlite())
        {
            // SQLite has no decimal type and EF cannot compare or sort decimals stored as TEXT; REAL keeps
            // every figure in the sources exactly (all have far fewer than 15 significant digits).
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(18, 6);
        }
    }
}
