using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Thumbnails;

/// <summary>The poster frame behind each list item's thumbnailUrl: public, like the catalogue itself.</summary>
public static class ThumbnailEndpoint
{
    public static RouteGroupBuilder MapThumbnail(this RouteGroupBuilder videos)
    {
        videos.MapGet("/{id}/thumbnail", GetAsync).AllowAnonymous().CachedForAnonymous();
        return videos;
    }

    public static string UrlOf(Guid videoId) => $"/api/media/videos/{videoId}/thumbnail";

    static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetAsync(
        string id, CatalogDbContext db, IMediaStorage storage, CancellationToken cancellationToken)
    {
        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        var thumbnail = await db.Videos.Where(v => v.Id == videoId).Select(v => v.ThumbnailKey).FirstOrDefaultAsync(cancellationToken);
        if (!StorageKey.TryParse(thumbnail, out var key) || !storage.Exists(key)) return CatalogProblems.VideoNotFound();
        return TypedResults.PhysicalFile(storage.PhysicalPath(key), "image/jpeg", enableRangeProcessing: false);
    }
}
