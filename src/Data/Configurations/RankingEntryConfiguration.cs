using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Data.Model;

namespace OpenData.Data.Configurations;

internal sealed class RankingEntryConfiguration : IEntityTypeConfiguration<RankingEntry>
{
    public void Configure(EntityTypeBuilder<RankingEntry> builder)
    {
        // One place per area, edition and source: the same figure from two sources is kept twice.
        builder.HasIndex(e => new { e.EditionId, e.AreaId, e.SourceId }).IsUnique();
        builder.HasIndex(e => e.AreaId);
        builder.HasOne(e => e.Edition).WithMany(ed => ed.Entries).HasForeignKey(e => e.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Area).WithMany(a => a.RankingEntries).HasForeignKey(e => e.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
