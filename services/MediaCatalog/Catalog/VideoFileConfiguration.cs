using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.MediaCatalog.Catalog;

sealed class VideoFileConfiguration : IEntityTypeConfiguration<VideoFile>
{
    public void Configure(EntityTypeBuilder<VideoFile> file)
    {
        file.ToTable("video_files");
        file.HasKey(f => f.Id);
        file.Property(f => f.Id).ValueGeneratedNever();
        file.HasIndex(f => f.VideoId);
        file.HasIndex(f => f.StorageKey);
        file.Property(f => f.Label).HasMaxLength(CatalogLimits.LabelLength);
        file.Property(f => f.Container).HasMaxLength(10);
        file.Property(f => f.Kind).HasMaxLength(10);
        file.Property(f => f.VideoCodec).HasMaxLength(CatalogLimits.CodecLength);
        file.Property(f => f.AudioCodec).HasMaxLength(CatalogLimits.CodecLength);
        file.Property(f => f.Chroma).HasMaxLength(10);
        file.Property(f => f.DurationSeconds).HasPrecision(10, 3);
        file.Property(f => f.FrameRate).HasPrecision(7, 3);
        file.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        file.Property(f => f.StorageKey).HasMaxLength(200);
    }
}
