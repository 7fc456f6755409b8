using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Preview;

/// <summary>
/// The proxy, streamed to anyone with ranges so that a &lt;video&gt; element can play and seek it before its viewer
/// registers. Not a download: it is served inline and counts in no history.
/// </summary>
public static class PreviewEndpoint
{
    public static RouteGroupBuilder MapPreview(this RouteGroupBuilder videos)
    {
        videos.MapGet("/{id}/preview", GetAsync).AllowAnonymous();
        return videos;
    }

    public static string UrlOf(Guid videoId) => $"/api/media/videos/{videoId}/preview";

    static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetAsync(
        string id, CatalogDbContext db, IMediaStorage storage, CancellationToken cancellationToken)
    {
        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        var proxy = await db.VideoFiles.AsNoTracking()
            .Where(f => f.VideoId == videoId && f.Kind == FileKinds.Proxy)
            .OrderByDescending(f => f.StoredAt)
            .Select(f => new { f.StorageKey, f.Sha256, f.StoredAt, f.Container })
            .FirstOrDefaultAsync(cancellationToken);
        if (proxy is null || !StorageKey.TryParse(proxy.StorageKey, out var key) || !storage.Exists(key)) return CatalogProblems.PreviewNotFound();
        return TypedResults.PhysicalFile(
            storage.PhysicalPath(key),
            (MediaContainer.Find(proxy.Container) ?? MediaContainer.Mp4).ContentType,
            lastModified: proxy.StoredAt,
            entityTag: new EntityTagHeaderValue($"\"{proxy.Sha256}\""),
            enableRangeProcessing: true);
    }
}
