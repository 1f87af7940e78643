using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Api.Tests.Querying.Infrastructure;

public sealed class QueryingTestDbContext(DbContextOptions<QueryingTestDbContext> options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<City> Cities => Set<City>();
    public DbSet<Measurement> Measurements => Set<Measurement>();

    /// <summary>Mapped to <see cref="TestFolding.FunctionName"/>; runs only inside a query.</summary>
    public static string Fold(string value) => throw new InvalidOperationException("Fold runs only inside a database query.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDbFunction(typeof(QueryingTestDbContext).GetMethod(nameof(Fold))!).HasName(TestFolding.FunctionName);
        modelBuilder.Entity<Country>().Property(c => c.Id).ValueGeneratedNever();
        modelBuilder.Entity<City>().Property(c => c.Id).ValueGeneratedNever();
        modelBuilder.Entity<Measurement>().Property(m => m.Id).ValueGeneratedNever();
        modelBuilder.Entity<Country>().HasMany(c => c.Cities).WithOne(c => c.Country).HasForeignKey(c => c.CountryId);
        modelBuilder.Entity<City>().HasMany(c => c.Measurements).WithOne(m => m.City).HasForeignKey(m => m.CityId);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Continent>().HaveConversion<string>();
        configurationBuilder.Properties<CityKind>().HaveConversion<string>();
        configurationBuilder.Properties<Climate>().HaveConversion<string>();
        if (Database.IsSqlite())
        {
            // SQLite has no decimal or date-time-offset type; EF can compare and sort these converted forms (as the API does for decimal).
            configurationBuilder.Properties<decimal>().HaveConversion<double>();
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
