using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;

namespace NatoAspire.MediaCatalog.Browsing;

/// <summary>
/// One page of the catalogue: full-text matches on the stored tsvector (ranked, then newest), or simply
/// newest first when there is no query text.
/// </summary>
public sealed record VideoSearch(string? Text, string? Topic, int Page, int PageSize)
{
    public async Task<VideoListPage> RunAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var videos = db.Videos.AsNoTracking();
        if (Topic is not null)
        {
            var topic = Topic.ToLowerInvariant();
            videos = videos.Where(v => v.Topics.Any(t => t.ToLower() == topic));
        }

        IOrderedQueryable<Video> ordered;
        if (Text is not null)
        {
            videos = videos.Where(v => v.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(VideoConfiguration.SearchConfiguration, Text)));
            ordered = videos
                .OrderByDescending(v => v.SearchVector.Rank(EF.Functions.WebSearchToTsQuery(VideoConfiguration.SearchConfiguration, Text)))
                .ThenByDescending(v => v.PublishedAt);
        }
        else
        {
            ordered = videos.OrderByDescending(v => v.PublishedAt);
        }

        var total = await videos.CountAsync(cancellationToken);
        var skip = (long)(Page - 1) * PageSize;
        if (skip >= total) return new VideoListPage([], Page, PageSize, total);

        var items = await ordered.ThenBy(v => v.Id)
            .Skip((int)skip).Take(PageSize)
            .Select(v => new { v.Id, v.Title, v.Summary, v.PublishedAt, v.DurationSeconds, v.Topics, v.ThumbnailKey })
            .ToListAsync(cancellationToken);
        return new VideoListPage(
            [.. items.Select(v => new VideoListItem(v.Id, v.Title, v.Summary, v.PublishedAt, v.DurationSeconds, v.Topics,
                v.ThumbnailKey is null ? null : Thumbnails.ThumbnailEndpoint.UrlOf(v.Id)))],
            Page, PageSize, total);
    }
}
