using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NatoAspire.MediaCatalog.Catalog;

sealed class VideoConfiguration : IEntityTypeConfiguration<Video>
{
    public const string SearchConfiguration = "english";

    /// <summary>PostgreSQL's text-search configuration for the French texts (its Snowball stemmer).</summary>
    public const string FrenchSearchConfiguration = "french";

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
        video.OwnsMany(v => v.TextTranslations, translation => translation.ToJson());

        // Stored and indexed, so that a search reads the GIN index instead of parsing every row's text.
        video.Property(v => v.SearchVector).HasComputedColumnSql(
            $"setweight(to_tsvector('{SearchConfiguration}', \"Title\"), 'A') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Summary\"), 'B') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Description\"), 'C') || " +
            $"setweight(coalesce(jsonb_to_tsvector('{SearchConfiguration}', \"ShotList\", '[\"string\"]'), ''), 'C') || " +
            $"setweight(to_tsvector('{SearchConfiguration}', \"Transcript\"), 'D')",
            stored: true);
        video.HasIndex(v => v.SearchVector).HasMethod("GIN");

        // A column of its own rather than more of the English one: each language's words stemmed by its own stemmer
        // only. A generated column may read only its own row, through immutable functions: jsonb_path_query_first is.
        video.Property(v => v.FrenchSearchVector).HasComputedColumnSql(
            $"setweight(to_tsvector('{FrenchSearchConfiguration}', {French("TextTranslations", "Title")}), 'A') || " +
            $"setweight(to_tsvector('{FrenchSearchConfiguration}', {French("TextTranslations", "Summary")}), 'B') || " +
            $"setweight(to_tsvector('{FrenchSearchConfiguration}', {French("TextTranslations", "Description")}), 'C') || " +
            $"setweight(to_tsvector('{FrenchSearchConfiguration}', {French("Translations", "Text")}), 'D')",
            stored: true);
        video.HasIndex(v => v.FrenchSearchVector).HasMethod("GIN");

        video.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.VideoId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>The French member of a JSON list of translations, as text ('' when there is none).</summary>
    static string French(string column, string member) =>
        $"coalesce(jsonb_path_query_first(\"{column}\", '$[*] ? (@.Language == \"{PortalLanguages.French}\").{member}') #>> '{{}}', '')";
}
