using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Downloads;

/// <summary>Serves one catalogued file to one account, from disk with ranges, counted in its history.</summary>
public static class FileDownload
{
    public static async Task<Results<CountedDownloadResult, ProblemHttpResult>> ServeAsync(
        Guid videoId, Guid fileId, Guid accountId, CatalogDbContext db, IMediaStorage storage, ILogger logger,
        CancellationToken cancellationToken)
    {
        var found = await db.VideoFiles.AsNoTracking()
            .Where(f => f.Id == fileId && f.VideoId == videoId)
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
        return new CountedDownloadResult(bytes, new DownloadReceipt(videoId, file.Id, file.Label, accountId));
    }
}
