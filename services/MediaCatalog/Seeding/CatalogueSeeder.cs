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

        var generated = 0;
        var obsolete = new List<StorageKey>();
        foreach (var sampleFile in sample.Files)
        {
            var file = video.Files.FirstOrDefault(f => f.Id == sampleFile.Id);
            if (file is not null && await IsIntactAsync(file, cancellationToken)) continue;

            var rendered = Path.Combine(workFolder, $"{sampleFile.Id:N}.mp4");
            await renderer.RenderAsync(sampleFile, sample.Title, rendered, cancellationToken);
            var key = StorageKey.ForFile(video.Id, sampleFile.Id, MediaContainer.Mp4);
            StoredContent stored;
            await using (var source = File.OpenRead(rendered)) stored = await storage.WriteAsync(key, source, cancellationToken);
            File.Delete(rendered);

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
            generated++;
        }

        if (!StorageKey.TryParse(video.ThumbnailKey, out var thumbnail) || !storage.Exists(thumbnail))
            video.ThumbnailKey = (await RenderThumbnailAsync(video, workFolder, cancellationToken))?.Value;

        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in obsolete) storage.Delete(key);
        return generated;
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

    async Task<StorageKey?> RenderThumbnailAsync(Video video, string workFolder, CancellationToken cancellationToken)
    {
        var source = video.Files.OrderByDescending(f => f.Width).FirstOrDefault();
        if (source is null || !StorageKey.TryParse(source.StorageKey, out var sourceKey)) return null;
        var rendered = Path.Combine(workFolder, $"{video.Id:N}.jpg");
        await renderer.RenderThumbnailAsync(storage.PhysicalPath(sourceKey), rendered, cancellationToken);
        var key = StorageKey.ForThumbnail(video.Id);
        await using (var stream = File.OpenRead(rendered)) await storage.WriteAsync(key, stream, cancellationToken);
        return key;
    }
}
