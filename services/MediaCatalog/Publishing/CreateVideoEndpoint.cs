using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Details;
using NatoAspire.MediaCatalog.Localization;

namespace NatoAspire.MediaCatalog.Publishing;

/// <summary>An admin adds a video (POST) or replaces its metadata (PUT), editorial fields included.</summary>
public static class CreateVideoEndpoint
{
    public static RouteGroupBuilder MapCreateVideo(this RouteGroupBuilder videos)
    {
        videos.MapPost("/", CreateAsync).RequireAuthorization(IdentityTokens.AdminPolicy).EvictsCatalogueCache();
        videos.MapPut("/{id}", UpdateAsync).RequireAuthorization(IdentityTokens.AdminPolicy).EvictsCatalogueCache();
        return videos;
    }

    static async Task<Results<Created<VideoDetails>, ValidationProblem>> CreateAsync(
        VideoRequest request, HttpContext context, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0) return CatalogProblems.Invalid(errors);

        var video = request.ToVideo();
        db.Videos.Add(video);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(GetVideoEndpoint.UrlOf(video.Id), VideoDetails.From(video, RequestLanguage.Of(context.Request)));
    }

    static async Task<Results<Ok<VideoDetails>, ProblemHttpResult, ValidationProblem>> UpdateAsync(
        string id, VideoRequest request, HttpContext context, CatalogDbContext db, CancellationToken cancellationToken)
    {
        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        var errors = request.Validate();
        if (errors.Count > 0) return CatalogProblems.Invalid(errors);
        var video = await db.Videos.Include(v => v.Files).FirstOrDefaultAsync(v => v.Id == videoId, cancellationToken);
        if (video is null) return CatalogProblems.VideoNotFound();

        request.ApplyTo(video);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VideoDetails.From(video, RequestLanguage.Of(context.Request)));
    }
}
