using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NatoAspire.MediaCatalog.Caching;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Details;
using NatoAspire.MediaCatalog.Downloads;
using NatoAspire.MediaCatalog.Probing;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Publishing;

/// <summary>
/// <c>PUT /api/media/videos/{id}/files/{fileId}</c>: the request body is the file, streamed to storage and hashed
/// on the way (never held in memory), then read by ffprobe: a file it cannot read is deleted and refused with 400
/// <c>unreadable_media</c>. The editorial metadata comes in the query string (see <see cref="UploadFileQuery"/>).
/// 201 for a new file, 200 when it replaces the file of the same id.
/// </summary>
public static class UploadFileEndpoint
{
    public static RouteGroupBuilder MapUploadFile(this RouteGroupBuilder videos)
    {
        videos.MapPut("/{id}/files/{fileId}", UploadAsync).RequireAuthorization(IdentityTokens.AdminPolicy).EvictsCatalogueCache();
        return videos;
    }

    static async Task<Results<Created<VideoFileDetails>, Ok<VideoFileDetails>, ProblemHttpResult, ValidationProblem>> UploadAsync(
        string id, string fileId, [AsParameters] UploadFileQuery query, HttpContext http,
        CatalogDbContext db, IMediaStorage storage, MediaProbe probe, IOptions<MediaOptions> options, TimeProvider time,
        CancellationToken cancellationToken)
    {
        // Only this endpoint takes files of many gigabytes; the limit must be raised before the body is read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.Value.MaxUploadBytes;

        if (!CatalogIds.TryParse(id, out var videoId)) return CatalogProblems.VideoNotFound();
        if (!CatalogIds.TryParse(fileId, out var fileGuid))
            return CatalogProblems.Invalid(new Dictionary<string, string[]> { ["fileId"] = ["fileId must be a GUID."] });
        if (!query.TryValidate(out var metadata, out var errors)) return CatalogProblems.Invalid(errors);
        if (!await db.Videos.AnyAsync(v => v.Id == videoId, cancellationToken)) return CatalogProblems.VideoNotFound();

        var file = await db.VideoFiles.FirstOrDefaultAsync(f => f.Id == fileGuid, cancellationToken);
        if (file is not null && file.VideoId != videoId)
            return Problems.Of(StatusCodes.Status409Conflict, "This file id belongs to another video.", ProblemCodes.FileIdTaken);

        // Stored under a key of its own first: ffprobe reads the bytes where they landed, and only then is the file catalogued.
        var key = StorageKey.ForUpload(videoId, fileGuid);
        var stored = await storage.WriteAsync(key, http.Request.Body, cancellationToken);
        if (stored.SizeBytes == 0 || (metadata.ExpectedSha256 is { } expected && expected != stored.Sha256))
        {
            storage.Delete(key);
            return CatalogProblems.Invalid(new Dictionary<string, string[]>
            {
                [stored.SizeBytes == 0 ? "body" : "sha256"] = [stored.SizeBytes == 0 ? "The file is empty." : "The file that arrived does not have this SHA-256."],
            });
        }
        var media = await probe.ProbeAsync(storage.PhysicalPath(key), CancellationToken.None);
        if (media is null)
        {
            storage.Delete(key);
            return CatalogProblems.UnreadableMedia();
        }
        var named = StorageKey.ForFile(videoId, fileGuid, media.Container);
        storage.Move(key, named);

        var replaced = file?.StorageKey;
        file ??= db.VideoFiles.Add(new VideoFile { Id = fileGuid, VideoId = videoId, Label = "", Kind = "", Container = "", Sha256 = "", StorageKey = "" }).Entity;
        file.Label = metadata.Label;
        file.Kind = metadata.Kind;
        file.Describe(media, stored, named, time.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
        // Sample entries share stored files: the old one goes only when no row points at it any more.
        if (StorageKey.TryParse(replaced, out var old) && !await db.VideoFiles.AnyAsync(f => f.StorageKey == replaced, CancellationToken.None))
            storage.Delete(old);

        var details = VideoFileDetails.From(file);
        return replaced is null
            ? TypedResults.Created(DownloadFileEndpoint.UrlOf(videoId, fileGuid), details)
            : TypedResults.Ok(details);
    }
}
