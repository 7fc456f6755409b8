using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;

namespace NatoAspire.MediaCatalog.Details;

public static class GetVideoEndpoint
{
    public const string RouteName = "GetVideo";

    public static RouteGroupBuilder MapGetVideo(this RouteGroupBuilder videos)
    {
        videos.MapGet("/{id}", GetAsync).AllowAnonymous().CachedForAnonymous(byLanguage: true).WithName(RouteName);
        return videos;
    }

    public static string UrlOf(Guid id) => $"/api/media/videos/{id}";

    static async Task<Results<Ok<VideoDetails>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, CatalogDbContext db, CancellationToken cancellationToken)
    {
        // A malformed id cannot name a video: the same 404 as an unknown one.
        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        var video = await db.Videos.AsNoTracking().Include(v => v.Files)
            .FirstOrDefaultAsync(v => v.Id == videoId, cancellationToken);
        if (video is null) return CatalogProblems.VideoNotFound();
        var details = VideoDetails.From(video, RequestLanguage.Of(context.Request));
        ContentLanguage.Set(context.Response, details.Language);
        return TypedResults.Ok(details);
    }
}
