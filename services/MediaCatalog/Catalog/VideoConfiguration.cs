using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.MediaCatalog.Catalog;

sealed class VideoConfiguration : IEntityTypeConfiguration<Video>
{
    public const string SearchConfiguration = "english";

    public void Configure(EntityTypeBuilder<Video> video)
    {
        video.ToTable("videos");
        video.HasKey(v => v.Id);
        video.Property(v => v.Id).ValueGeneratedNever();
        video.Property(v => v.Title).HasMaxLength(CatalogLimits.TitleLength);
        video.Property(v => v.Summary).HasMaxLength(CatalogLimits.SummaryLength);
        video.Property(v => v.Description).HasMaxLength(CatalogLimits.DescriptionLength);
        video.Property(v => v.Location).HasMaxLength(CatalogLimits.LocationLength);
        video.Property(v => v.ThumbnailKey).HasMaxLength(200);
        video.HasIndex(v => v.PublishedAt);
        video.HasIndex(v => v.Topics).HasMethod("GIN");

        // Stored and indexed, so that a search reads the GIN index instead of parsing every row's text.
        video.Property(v => v.SearchVector).HasComputedColumnSql(
            $"setweight(to_tsvector('{SearchConfiguration}', \"Title\"), 'A') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Summary\"), 'B') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Description\"), 'C')",
            stored: true);
        video.HasIndex(v => v.SearchVector).HasMethod("GIN");

        video.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.VideoId).OnDelete(DeleteBehavior.Cascade);
    }
}
