namespace NatoAspire.MediaCatalog.Storage;

/// <summary>The "Media" configuration section.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The folder that holds every stored file; the AppHost points it at .data/media.</summary>
    public string StoragePath { get; set; } = Path.Combine(AppContext.BaseDirectory, "media");

    /// <summary>Seconds of each generated sample video; tests keep it short.</summary>
    public int SampleSeconds { get; set; } = 5;

    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>The request body limit of the upload endpoint only (20 GiB); every other endpoint keeps Kestrel's default.</summary>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024 * 1024;
}
