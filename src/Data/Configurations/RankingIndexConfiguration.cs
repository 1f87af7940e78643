using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Data.Model;

namespace OpenData.Data.Configurations;

internal sealed class RankingIndexConfiguration : IEntityTypeConfiguration<RankingIndex>
{
    public void Configure(EntityTypeBuilder<RankingIndex> builder)
    {
        builder.HasIndex(i => i.Code).IsUnique();
        builder.Property(i => i.Code).HasMaxLength(64);
    }
}
