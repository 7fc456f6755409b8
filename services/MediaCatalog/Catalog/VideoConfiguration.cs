using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.MediaCatalog.Catalog;

sealed class VideoConfiguration : IEntityTypeConfiguration<Video>
{
    public void Configure(EntityTypeBuilder<Video> video)
    {
        video.ToTable("videos");
        video.HasKey(v => v.Id);
        video.Property(v => v.Title).HasMaxLength(300);
        video.Property(v => v.Summary).HasMaxLength(2000);
        video.HasIndex(v => v.PublishedAt);
    }
}
