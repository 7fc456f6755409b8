using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;

namespace NatoAspire.MediaCatalog.Browsing;

public static class ListVideosEndpoint
{
    public static RouteGroupBuilder MapListVideos(this RouteGroupBuilder videos)
    {
        videos.MapGet("/", ListAsync).AllowAnonymous().CachedForAnonymous(byLanguage: true);
        return videos;
    }

    static async Task<Results<Ok<VideoListPage>, ValidationProblem>> ListAsync(
        [AsParameters] VideoListQuery query, HttpContext context, CatalogDbContext db, CancellationToken cancellationToken)
    {
        var language = RequestLanguage.Of(context.Request);
        if (!query.TryValidate(out var search, out var errors, language)) return CatalogProblems.Invalid(errors);
        // The page is for a reader of the language asked for; each item says whether it is in it or in English.
        ContentLanguage.Set(context.Response, language);
        return TypedResults.Ok(await search.RunAsync(db, cancellationToken));
    }
}
