using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Data;
using NatoAspire.MediaCatalog.Probing;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>
/// Puts the sample entries and their files in place, idempotently: rows that exist stay, and a file is rendered
/// again only if it is missing, is not of its kind's format, or its bytes no longer match the recorded SHA-256.
/// Entries that share another's files (all, or all but their own proxy) get rows of their own pointing at the same
/// stored files.
/// </summary>
public sealed class CatalogueSeeder(
    CatalogDbContext db, IMediaStorage storage, SampleVideoRenderer renderer, MediaProbe probe, TimeProvider time,
    ILogger<CatalogueSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var generated = 0;
        var workFolder = Directory.CreateTempSubdirectory("natoaspire-seed-");
        try
        {
            // In list order: an entry shares only the files of one listed before it, complete by then.
            foreach (var sample in SampleCatalogue.Videos)
            {
                if (sample.OwnKinds.Count > 0) generated += await RenderedAsync(sample, workFolder.FullName, cancellationToken);
                if (sample.FilesOf is not null) await SharingAsync(sample, cancellationToken);
            }
        }
        finally
        {
            workFolder.Delete(recursive: true);
        }
        logger.LogInformation("Sample catalogue in place: {Videos} videos, {Generated} files rendered, in {Seconds:0.0} s",
            SampleCatalogue.Videos.Count, generated, stopwatch.Elapsed.TotalSeconds);
    }

    async Task<Video> EntryAsync(SampleVideo sample, CancellationToken cancellationToken)
    {
        var video = await db.Videos.Include(v => v.Files).FirstOrDefaultAsync(v => v.Id == sample.Id, cancellationToken);
        if (video is null)
        {
            video = new Video
            {
                Id = sample.Id, Title = sample.Title, Summary = sample.Summary, Description = sample.Description,
                PublishedAt = sample.PublishedAt, Location = sample.Location,
            };
            video.SetTopics(sample.Topics);
            db.Videos.Add(video);
        }
        // Rows made before entries had editorial metadata get it; an admin's later edits stay.
        if (video.ShotList.Count == 0 && video.Transcript.Length == 0 && video.UsageTerms.Length == 0)
        {
            video.ShotList = [.. sample.ShotList.Select(s => new Shot { Timecode = s.Timecode, Description = s.Description })];
            video.Transcript = sample.Transcript;
            video.Translations = [.. sample.Translations.Select(t => new TranscriptTranslation { Language = t.Key, Text = t.Value })];
            video.Languages = [.. sample.Languages];
            video.Credit = sample.Credit;
            video.UsageTerms = sample.UsageTerms;
            video.Restrictions = sample.Restrictions;
        }
        // Rows made before entries had French texts get them, unless an admin has since rewritten the English (the
        // French would no longer say the same) or written texts of their own in another language.
        if (video.TextTranslations.Count == 0 && sample.TextTranslations.Count > 0
            && video.Title == sample.Title && video.Summary == sample.Summary && video.Description == sample.Description)
            video.TextTranslations = [.. sample.TextTranslations.Select(t => new TextTranslation
            {
                Language = t.Key, Title = t.Value.Title, Summary = t.Value.Summary, Description = t.Value.Description,
                UsageTerms = t.Value.UsageTerms, Restrictions = t.Value.Restrictions,
            })];
        return video;
    }

    async Task<int> RenderedAsync(SampleVideo sample, string workFolder, CancellationToken cancellationToken)
    {
        var video = await EntryAsync(sample, cancellationToken);
        var missing = new List<SampleFile>();
        foreach (var sampleFile in sample.Files.Where(f => sample.OwnKinds.Contains(f.Kind)))
        {
            var existing = video.Files.FirstOrDefault(f => f.Id == sampleFile.Id);
            if (existing is null || existing.Kind != sampleFile.Kind || !await IsIntactAsync(existing, cancellationToken)) missing.Add(sampleFile);
        }
        var needsThumbnail = sample.OwnsPoster && (!StorageKey.TryParse(video.ThumbnailKey, out var thumbnail) || !storage.Exists(thumbnail));
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
            var rendered = Path.Combine(folder, SampleVideoRenderer.FileNameOf(sampleFile));
            var media = await probe.ProbeAsync(rendered, cancellationToken)
                ?? throw new InvalidOperationException($"ffprobe cannot read the rendered {sampleFile.Kind} of {sample.Title}.");
            var key = StorageKey.ForFile(video.Id, sampleFile.Id, media.Container);
            var stored = await StoreAsync(key, rendered, cancellationToken);
            var file = video.Files.FirstOrDefault(f => f.Id == sampleFile.Id);
            if (file is null)
            {
                file = new VideoFile { Id = sampleFile.Id, VideoId = video.Id, Label = "", Kind = "", Container = "", Sha256 = "", StorageKey = "" };
                db.VideoFiles.Add(file);
                video.Files.Add(file);
            }
            else if (StorageKey.TryParse(file.StorageKey, out var old)) obsolete.Add(old);
            file.Label = sampleFile.Label;
            file.Kind = sampleFile.Kind;
            file.Describe(media, stored, key, time.GetUtcNow());
        }
        if (needsThumbnail)
        {
            var key = StorageKey.ForThumbnail(video.Id);
            await StoreAsync(key, Path.Combine(folder, "thumbnail.jpg"), cancellationToken);
            video.ThumbnailKey = key.Value;
        }
        if (video.Files.FirstOrDefault(f => f.Kind == FileKinds.Master) is { } master && master.DurationSeconds > 0)
            video.DurationSeconds = (int)Math.Ceiling(master.DurationSeconds);

        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in obsolete) storage.Delete(key);
        Directory.Delete(folder, recursive: true);
        return missing.Count;
    }

    /// <summary>Points the entry's file rows it does not render (and its poster, unless its own) at the files of the entry it shares them with.</summary>
    async Task SharingAsync(SampleVideo sample, CancellationToken cancellationToken)
    {
        var video = await EntryAsync(sample, cancellationToken);
        var source = await db.Videos.AsNoTracking().Include(v => v.Files).FirstAsync(v => v.Id == sample.FilesOf, cancellationToken);
        var replaced = new List<StorageKey>();
        foreach (var sampleFile in sample.Files.Where(f => !sample.OwnKinds.Contains(f.Kind)))
        {
            var origin = source.Files.FirstOrDefault(f => f.Kind == sampleFile.Kind);
            if (origin is null) continue;
            var file = video.Files.FirstOrDefault(f => f.Id == sampleFile.Id);
            if (file is null)
            {
                file = new VideoFile { Id = sampleFile.Id, VideoId = video.Id, Label = "", Kind = "", Container = "", Sha256 = "", StorageKey = "" };
                db.VideoFiles.Add(file);
            }
            // A data folder from before the entry shared this kind holds a render of its own: it goes once unused.
            else if (file.StorageKey != origin.StorageKey && StorageKey.TryParse(file.StorageKey, out var old)) replaced.Add(old);
            file.Label = sampleFile.Label;
            file.Kind = origin.Kind;
            file.CopyTechnicalFieldsOf(origin);
        }
        if (!sample.OwnsPoster) video.ThumbnailKey = source.ThumbnailKey;
        video.DurationSeconds = source.DurationSeconds;
        await db.SaveChangesAsync(cancellationToken);
        foreach (var key in replaced)
            if (!await db.VideoFiles.AnyAsync(f => f.StorageKey == key.Value, cancellationToken)) storage.Delete(key);
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
        logger.LogWarning("Sample file {FileId} no longer matches its SHA-256: rendering it again", file.Id);
        return false;
    }
}
