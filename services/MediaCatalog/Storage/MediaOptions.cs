namespace NatoAspire.MediaCatalog.Storage;

/// <summary>The "Media" configuration section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The folder that holds every stored file; the AppHost points it at .data/media.</summary>
    public string StoragePath { get; set; } = Path.Combine(AppContext.BaseDirectory, "media");

    /// <summary>
    /// Seconds of each sample video rendered at first start (Media:SampleSeconds). Defaults to 3: the four renditions of
    /// six entries then cost about 26 CPU-seconds of ffmpeg (5 s: 36), inside the first start's budget; tests use 1.
    /// </summary>
    public int SampleSeconds { get; set; } = 3;

    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>Reads every stored file's technical fields, at ingest.</summary>
    public string FfprobePath { get; set; } = "ffprobe";

    /// <summary>The request body limit of the upload endpoint only (20 GiB); every other endpoint keeps Kestrel's default.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024 * 1024;
}
