using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>How each kind of sample file is rendered: one ffmpeg output each, from the same bars, tone and titles.</summary>
static class SampleRenditions
{
    public static MediaContainer ContainerOf(string kind) => kind switch
    {
        FileKinds.Master => MediaContainer.Mxf,
        FileKinds.Audio => MediaContainer.Wav,
        _ => MediaContainer.Mp4,
    };

    public static readonly (int Width, int Height) FullSize = (1920, 1080), ProxySize = (640, 360);

    /// <summary>
    /// The filter graph's output for this kind: the master is made interlaced; the web file and the proxy are taken as
    /// drawn, since the proxy has a run of its own at <see cref="ProxySize"/>.
    /// </summary>
    public static string? VideoFilter(string kind) => kind switch
    {
        FileKinds.Master => "setfield=tff",
        FileKinds.Web => "null",
        FileKinds.Proxy => "null",
        _ => null,
    };

    // No dates or encoder versions in any output: the same input gives the same bytes (and hash) again.
    static readonly string[] Reproducible = ["-map_metadata", "-1", "-fflags", "+bitexact", "-flags:a", "+bitexact"];

    public static IEnumerable<string> EncoderArguments(string kind) => kind switch
    {
        // XDCAM HD422: MPEG-2 4:2:2 Profile at 50 Mb/s constant, 1080i25 top field first, 24-bit PCM, MXF OP1a.
        FileKinds.Master => [
            "-c:v", "mpeg2video", "-pix_fmt", "yuv422p", "-b:v", "50M", "-minrate", "50M", "-maxrate", "50M",
            "-bufsize", "17825792", "-rc_init_occupancy", "17825792", "-g", "12", "-bf", "2",
            "-flags:v", "+ildct+ilme+bitexact", "-top", "1", "-field_order", "tt", "-intra_vlc", "1", "-non_linear_quant", "1",
            "-dc", "10", "-qmin", "1", "-qmax", "12", "-c:a", "pcm_s24le", "-ar", "48000", .. Reproducible, "-f", "mxf"],
        FileKinds.Web => [
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", "25", "-flags:v", "+bitexact",
            "-c:a", "aac", "-b:a", "192k", .. Reproducible, "-movflags", "+faststart", "-f", "mp4"],
        FileKinds.Proxy => [
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "30", "-pix_fmt", "yuv420p", "-g", "25", "-flags:v", "+bitexact",
            "-c:a", "aac", "-b:a", "96k", .. Reproducible, "-movflags", "+faststart", "-f", "mp4"],
        _ => ["-c:a", "pcm_s24le", "-ar", "48000", .. Reproducible, "-f", "wav"],
    };
}
