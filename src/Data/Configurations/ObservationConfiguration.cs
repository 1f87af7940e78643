using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Data.Model;

namespace OpenData.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.Property(o => o.Period).HasMaxLength(32);
        builder.HasIndex(o => new { o.IndicatorId, o.AreaId, o.PeriodStart });
        builder.HasIndex(o => o.SourceId);
        builder.HasOne(o => o.Indicator).WithMany(i => i.Observations).HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Area).WithMany(a => a.Observations).HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Platform).WithMany(p => p.Observations).HasForeignKey(o => o.PlatformId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Source).WithMany().HasForeignKey(o => o.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
