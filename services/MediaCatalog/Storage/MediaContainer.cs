namespace NatoAspire.MediaCatalog.Storage;

/// <summary>The container formats the catalogue serves (ffprobe decides which one a file is), with the file extension and media type each is served with.</summary>
public sealed record MediaContainer(string Name, string Extension, string ContentType)
{
    public static readonly MediaContainer Mp4 = new("mp4", "mp4", "video/mp4");
    public static readonly MediaContainer QuickTime = new("mov", "mov", "video/quicktime");
    public static readonly MediaContainer Mxf = new("mxf", "mxf", "application/mxf");
    public static readonly MediaContainer Matroska = new("mkv", "mkv", "video/x-matroska");
    public static readonly MediaContainer WebM = new("webm", "webm", "video/webm");
    public static readonly MediaContainer Wav = new("wav", "wav", "audio/wav");
    public static readonly MediaContainer Aac = new("aac", "aac", "audio/aac");

    public static IReadOnlyList<MediaContainer> All { get; } = [Mp4, QuickTime, Mxf, Matroska, WebM, Wav, Aac];

    public static MediaContainer? Find(string? name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
