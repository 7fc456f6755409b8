using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Localization;

namespace NatoAspire.MediaCatalog.Browsing;

/// <summary>
/// One page of the catalogue: full-text matches on the stored tsvector (ranked, then newest), or simply
/// newest first when there is no query text; with the facets of the matches. Titles and summaries are in
/// <see cref="Language"/> where the video has them in it.
/// </summary>
public sealed record VideoSearch(VideoFilter Filter, int Page, int PageSize, string Language)
{
    public IQueryable<Video> Ordered(CatalogDbContext db)
    {
        var videos = Filter.Apply(db.Videos.AsNoTracking());
        // Ranked in both languages at once: a word is usually a match in one of them only.
        IOrderedQueryable<Video> ordered = Filter.Text is { } text
            ? videos.OrderByDescending(v =>
                    v.SearchVector.Rank(EF.Functions.WebSearchToTsQuery(VideoConfiguration.SearchConfiguration, text)) +
                    v.FrenchSearchVector.Rank(EF.Functions.WebSearchToTsQuery(VideoConfiguration.FrenchSearchConfiguration, text)))
                .ThenByDescending(v => v.PublishedAt)
            : videos.OrderByDescending(v => v.PublishedAt);
        return ordered.ThenBy(v => v.Id);
    }

    public async Task<VideoListPage> RunAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var total = await Filter.Apply(db.Videos.AsNoTracking()).CountAsync(cancellationToken);
        var facets = await FacetsAsync(db, cancellationToken);
        var skip = (long)(Page - 1) * PageSize;
        if (skip >= total) return new VideoListPage([], Page, PageSize, total, facets);

        var items = await Ordered(db)
            .Skip((int)skip).Take(PageSize)
            .Select(v => new { v.Id, v.Title, v.Summary, v.TextTranslations, v.PublishedAt, v.DurationSeconds, v.Topics, v.Location, v.ThumbnailKey })
            .ToListAsync(cancellationToken);
        return new VideoListPage(
            [.. items.Select(v => Item(v.Id, v.Title, v.Summary, v.TextTranslations, v.PublishedAt, v.DurationSeconds, v.Topics, v.Location, v.ThumbnailKey))],
            Page, PageSize, total, facets);
    }

    VideoListItem Item(
        Guid id, string title, string summary, List<TextTranslation> translations, DateTimeOffset publishedAt, int durationSeconds,
        List<string> topics, string? location, string? thumbnailKey)
    {
        var texts = LocalizedTexts.Of(title, summary, "", translations, Language);
        return new VideoListItem(id, texts.Language, texts.Title, texts.Summary, publishedAt, durationSeconds, topics, location,
            thumbnailKey is null ? null : Thumbnails.ThumbnailEndpoint.UrlOf(id));
    }

    async Task<VideoFacets> FacetsAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var videos = db.Videos.AsNoTracking();
        var topics = await Filter.Apply(videos, VideoFilter.Facet.Topics)
            .SelectMany(v => v.Topics).GroupBy(t => t).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var locations = await Filter.Apply(videos, VideoFilter.Facet.Locations)
            .Where(v => v.Location != null).GroupBy(v => v.Location!).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var years = await Filter.Apply(videos, VideoFilter.Facet.Years)
            .GroupBy(v => v.PublishedAt.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new VideoFacets(
            [.. topics.OrderByDescending(t => t.Count).ThenBy(t => t.Key, StringComparer.OrdinalIgnoreCase).Select(t => new FacetValue(t.Key, t.Count))],
            [.. locations.OrderByDescending(l => l.Count).ThenBy(l => l.Key, StringComparer.OrdinalIgnoreCase).Select(l => new FacetValue(l.Key, l.Count))],
            [.. years.OrderByDescending(y => y.Key).Select(y => new FacetValue(y.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), y.Count))]);
    }
}
