using NatoAspire.MediaCatalog.Probing;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>The one place where a stored file's row takes its technical fields: from ffprobe and the bytes written.</summary>
public static class VideoFileDescription
{
    public static void Describe(this VideoFile file, ProbedMedia media, StoredContent stored, StorageKey key, DateTimeOffset storedAt)
    {
        file.Container = media.Container.Name;
        file.VideoCodec = media.VideoCodec;
        file.AudioCodec = media.AudioCodec;
        file.Width = media.Width;
        file.Height = media.Height;
        file.FrameRate = media.FrameRate;
        file.BitRate = media.BitRate;
        file.Chroma = media.Chroma;
        file.Interlaced = media.Interlaced;
        file.DurationSeconds = media.DurationSeconds;
        file.SizeBytes = stored.SizeBytes;
        file.Sha256 = stored.Sha256;
        file.StorageKey = key.Value;
        file.StoredAt = storedAt;
    }

    public static void CopyTechnicalFieldsOf(this VideoFile file, VideoFile origin)
    {
        file.Container = origin.Container;
        file.VideoCodec = origin.VideoCodec;
        file.AudioCodec = origin.AudioCodec;
        file.Width = origin.Width;
        file.Height = origin.Height;
        file.FrameRate = origin.FrameRate;
        file.BitRate = origin.BitRate;
        file.Chroma = origin.Chroma;
        file.Interlaced = origin.Interlaced;
        file.DurationSeconds = origin.DurationSeconds;
        file.SizeBytes = origin.SizeBytes;
        file.Sha256 = origin.Sha256;
        file.StorageKey = origin.StorageKey;
        file.StoredAt = origin.StoredAt;
    }
}
