using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Data.Model;

namespace OpenData.Data.Configurations;

internal sealed class RankingEditionConfiguration : IEntityTypeConfiguration<RankingEdition>
{
    public void Configure(EntityTypeBuilder<RankingEdition> builder)
    {
        builder.HasIndex(e => new { e.IndexId, e.Year }).IsUnique();
        builder.HasOne(e => e.Index).WithMany(i => i.Editions).HasForeignKey(e => e.IndexId).OnDelete(DeleteBehavior.Restrict);
    }
}
