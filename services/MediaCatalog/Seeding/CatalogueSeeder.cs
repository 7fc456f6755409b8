using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>
/// Puts the sample entries and their files in place, idempotently: rows that exist stay, and a file is generated
/// again only if it is missing or its bytes no longer match the recorded SHA-256.
/// </summary>
public sealed class CatalogueSeeder(
    CatalogDbContext db, IMediaStorage storage, SampleVideoRenderer renderer, TimeProvider time,
    Microsoft.Extensions.Options.IOptions<MediaOptions> options, ILogger<CatalogueSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var generated = 0;
        var workFolder = Directory.CreateTempSubdirectory("natoaspire-seed-");
        try
        {
            foreach (var sample in SampleCatalogue.Videos)
                generated += await SeedAsync(sample, workFolder.FullName, cancellationToken);
        }
        finally
        {
            workFolder.Delete(recursive: true);
        }
        logger.LogInformation("Sample catalogue in place: {Videos} videos, {Generated} files generated, in {Seconds:0.0} s",
            SampleCatalogue.Videos.Count, generated, stopwatch.Elapsed.TotalSeconds);
    }

    async Task<int> SeedAsync(SampleVideo sample, string workFolder, CancellationToken cancellationToken)
    {
        var video = await db.Videos.Include(v => v.Files).FirstOrDefaultAsync(v => v.Id == sample.Id, cancellationToken);
        if (video is null)
        {
            video = new Video
            {
                Id = sample.Id, Title = sample.Title, Summary = sample.Summary, Description = sample.Description,
                PublishedAt = sample.PublishedAt, Location = sample.Location, Topics = [.. sample.Topics],
                DurationSeconds = Math.Max(1, options.Value.SampleSeconds),
            };
            db.Videos.Add(video);
        }

        var missing = new List<SampleFile>();
        foreach (var sampleFile in sample.Files)
        {
            var existing = video.Files.FirstOrDefault(f => f.Id == sampleFile.Id);
            if (existing is null || !await IsIntactAsync(existing, cancellationToken)) missing.Add(sampleFile);
        }
        var needsThumbnail = !StorageKey.TryParse(video.ThumbnailKey, out var thumbnail) || !storage.Exists(thumbnail);
        if (missing.Count == 0 && !needsThumbnail)
        {
            await db.SaveChangesAsync(cancellationToken);
            return 0;
        }

        var folder = Directory.CreateDirectory(Path.Combine(workFolder, $"{sample.Id:N}")).FullName;
        await renderer.RenderAsync(sample, folder, cancellationToken);
        var obsolete = new List<StorageKey>();
        foreach (var sampleFile in missing)
        {
            var key = StorageKey.ForFile(video.Id, sampleFile.Id, MediaContainer.Mp4);
            var stored = await StoreAsync(key, Path.Combine(folder, $"{sampleFile.Id:N}.mp4"), cancellationToken);
            var file = video.Files.FirstOrDefault(f => f.Id == sampleFile.Id);
            if (file is null)
            {
                file = new VideoFile { Id = sampleFile.Id, VideoId = video.Id, Label = "", Container = "", Sha256 = "", StorageKey = "" };
                db.VideoFiles.Add(file);
            }
            else if (StorageKey.TryParse(file.StorageKey, out var old)) obsolete.Add(old);
            file.Label = sampleFile.Label;
            file.Container = MediaContainer.Mp4.Name;
            file.VideoCodec = "h264";
            file.Width = sampleFile.Width;
            file.Height = sampleFile.Height;
            file.FrameRate = sampleFile.FrameRate;
            file.SizeBytes = stored.SizeBytes;
            file.Sha256 = stored.Sha256;
            file.StorageKey = key.Value;
            file.StoredAt = time.GetUtcNow();
        }
        if (needsThumbnail)
        {
            var key = StorageKey.ForThumbnail(video.Id);
            await StoreAsync(key, Path.Combine(folder, "thumbnail.jpg"), cancellationToken);
            video.ThumbnailKey = key.Value;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in obsolete) storage.Delete(key);
        Directory.Delete(folder, recursive: true);
        return missing.Count;
    }

    async Task<StoredContent> StoreAsync(StorageKey key, string renderedPath, CancellationToken cancellationToken)
    {
        await using var source = File.OpenRead(renderedPath);
        return await storage.WriteAsync(key, source, cancellationToken);
    }

    async Task<bool> IsIntactAsync(VideoFile file, CancellationToken cancellationToken)
    {
        if (!StorageKey.TryParse(file.StorageKey, out var key) || !storage.Exists(key)) return false;
        await using var stream = storage.OpenRead(key);
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        if (sha256 == file.Sha256) return true;
        logger.LogWarning("Sample file {FileId} no longer matches its SHA-256: generating it again", file.Id);
        return false;
    }
}
