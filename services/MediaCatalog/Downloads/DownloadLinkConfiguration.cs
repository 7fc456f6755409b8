using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.MediaCatalog.Downloads;

sealed class DownloadLinkConfiguration : IEntityTypeConfiguration<DownloadLink>
{
    public void Configure(EntityTypeBuilder<DownloadLink> link)
    {
        link.ToTable("download_links");
        link.HasKey(l => l.TokenHash);
        link.Property(l => l.TokenHash).HasMaxLength(64).IsFixedLength();
        link.HasIndex(l => l.ExpiresAt);
    }
}
