namespace NatoAspire.MediaCatalog.Catalog;

/// <summary>The renditions a video can have.</summary>
public static class FileKinds
{
    /// <summary>Broadcast: MXF OP1a, MPEG-2 4:2:2 at 50 Mb/s, 1080i25 (XDCAM HD422), 24-bit PCM.</summary>
    public const string Master = "master";

    /// <summary>MP4, H.264 1080p with AAC.</summary>
    public const string Web = "web";

    /// <summary>A small MP4: what the preview streams.</summary>
    public const string Proxy = "proxy";

    /// <summary>Sound only: WAV or AAC.</summary>
    public const string Audio = "audio";

    public static IReadOnlyList<string> All { get; } = [Master, Web, Proxy, Audio];

    public static string? Find(string? kind) => All.FirstOrDefault(k => string.Equals(k, kind?.Trim(), StringComparison.OrdinalIgnoreCase));
}
