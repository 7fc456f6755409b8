using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Downloads;

public static class DownloadFileEndpoint
{
    public static RouteGroupBuilder MapDownloadFile(this RouteGroupBuilder videos)
    {
        videos.MapGet("/{id}/files/{fileId}", DownloadAsync).RequireAuthorization(IdentityTokens.VerifiedAccountPolicy);
        return videos;
    }

    public static string UrlOf(Guid videoId, Guid fileId) => $"/api/media/videos/{videoId}/files/{fileId}";

    static async Task<Results<CountedDownloadResult, ProblemHttpResult>> DownloadAsync(
        string id, string fileId, ClaimsPrincipal user, CatalogDbContext db, IMediaStorage storage,
        ILogger<CountedDownloadResult> logger, CancellationToken cancellationToken)
    {
        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        if (!CatalogIds.TryParse(fileId, out var fileGuid)) return CatalogProblems.FileNotFound();
        return await FileDownload.ServeAsync(videoId, fileGuid, AccountOf(user), db, storage, logger, cancellationToken);
    }

    public static Guid AccountOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(IdentityTokens.SubjectClaim), out var account) ? account : Guid.Empty;
}
