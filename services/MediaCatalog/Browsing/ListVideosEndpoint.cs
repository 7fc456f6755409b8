using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;

namespace NatoAspire.MediaCatalog.Browsing;

public static class ListVideosEndpoint
{
    public static RouteGroupBuilder MapListVideos(this RouteGroupBuilder videos)
    {
        videos.MapGet("/", ListAsync).AllowAnonymous().CachedForAnonymous();
        return videos;
    }

    static async Task<Results<Ok<VideoListPage>, ValidationProblem>> ListAsync(
        [AsParameters] VideoListQuery query, CatalogDbContext db, CancellationToken cancellationToken)
    {
        if (!query.TryValidate(out var search, out var errors)) return CatalogProblems.Invalid(errors);
        return TypedResults.Ok(await search.RunAsync(db, cancellationToken));
    }
}
