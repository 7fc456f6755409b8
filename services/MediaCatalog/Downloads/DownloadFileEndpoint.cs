using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
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

        var found = await db.VideoFiles.AsNoTracking()
            .Where(f => f.Id == fileGuid && f.VideoId == videoId)
            .Select(f => new { File = f, Title = db.Videos.Where(v => v.Id == f.VideoId).Select(v => v.Title).First() })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null) return CatalogProblems.FileNotFound();

        var file = found.File;
        var container = MediaContainer.Find(file.Container) ?? MediaContainer.Mp4;
        if (!StorageKey.TryParse(file.StorageKey, out var key) || !storage.Exists(key))
        {
            logger.LogError("File {FileId} of video {VideoId} is catalogued but missing from storage", file.Id, videoId);
            return CatalogProblems.FileNotFound();
        }

        var bytes = TypedResults.PhysicalFile(
            storage.PhysicalPath(key),
            container.ContentType,
            SafeFileName.For(found.Title, file.Label, container.Extension),
            lastModified: file.StoredAt,
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""),
            enableRangeProcessing: true);
        return new CountedDownloadResult(bytes, new DownloadReceipt(videoId, file.Id, file.Label, AccountOf(user)));
    }

    static Guid AccountOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(IdentityTokens.SubjectClaim), out var account) ? account : Guid.Empty;
}
