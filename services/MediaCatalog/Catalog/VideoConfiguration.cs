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
        video.Property(v => v.Transcript).HasMaxLength(CatalogLimits.TranscriptLength);
        video.Property(v => v.Credit).HasMaxLength(CatalogLimits.CreditLength);
        video.Property(v => v.UsageTerms).HasMaxLength(CatalogLimits.TermsLength);
        video.Property(v => v.Restrictions).HasMaxLength(CatalogLimits.TermsLength);
        video.HasIndex(v => v.TopicKeys).HasMethod("GIN");
        video.HasIndex(v => v.Location);
        video.OwnsMany(v => v.ShotList, shot => shot.ToJson());
        video.OwnsMany(v => v.Translations, translation => translation.ToJson());

        // Stored and indexed, so that a search reads the GIN index instead of parsing every row's text.
        video.Property(v => v.SearchVector).HasComputedColumnSql(
            $"setweight(to_tsvector('{SearchConfiguration}', \"Title\"), 'A') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Summary\"), 'B') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Description\"), 'C') || " +
            $"setweight(coalesce(jsonb_to_tsvector('{SearchConfiguration}', \"ShotList\", '[\"string\"]'), ''), 'C') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Transcript\"), 'D')",
            stored: true);
        video.HasIndex(v => v.SearchVector).HasMethod("GIN");

        video.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.VideoId).OnDelete(DeleteBehavior.Cascade);
    }
}
