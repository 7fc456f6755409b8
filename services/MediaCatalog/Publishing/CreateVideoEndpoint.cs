using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Details;

namespace NatoAspire.MediaCatalog.Publishing;

public static class CreateVideoEndpoint
{
    public static RouteGroupBuilder MapCreateVideo(this RouteGroupBuilder videos)
    {
        videos.MapPost("/", CreateAsync).RequireAuthorization(IdentityTokens.AdminPolicy);
        return videos;
    }

    static async Task<Results<Created<VideoDetails>, ValidationProblem>> CreateAsync(
        CreateVideoRequest request, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0) return CatalogProblems.Invalid(errors);

        var video = request.ToVideo();
        db.Videos.Add(video);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(GetVideoEndpoint.UrlOf(video.Id), VideoDetails.From(video));
    }
}
