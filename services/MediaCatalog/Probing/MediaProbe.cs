using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NatoAspire.MediaCatalog.Storage;
using NatoAspire.MediaCatalog.Tools;

namespace NatoAspire.MediaCatalog.Probing;

/// <summary>Reads a stored file's format and streams with ffprobe; null when ffprobe cannot read it as media we serve.</summary>
public sealed class MediaProbe(IOptions<MediaOptions> options, ILogger<MediaProbe> logger)
{
    public async Task<ProbedMedia?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var run = await MediaTool.RunAsync(options.Value.FfprobePath,
            ["-v", "error", "-show_format", "-show_streams", "-of", "json", path], TimeSpan.FromMinutes(1), cancellationToken);
        if (run.ExitCode != 0)
        {
            logger.LogInformation("ffprobe could not read a file: {Error}", run.Errors.Trim());
            return null;
        }
        using var json = JsonDocument.Parse(run.Output);
        return Read(json.RootElement);
    }

    static ProbedMedia? Read(JsonElement root)
    {
        if (!root.TryGetProperty("format", out var format) || !root.TryGetProperty("streams", out var streams)) return null;
        var all = streams.EnumerateArray().ToList();
        // A still image ("attached picture") is not video: MP3 covers and WAV files never count as such.
        var video = all.FirstOrDefault(s => Text(s, "codec_type") == "video" && !IsAttachedPicture(s));
        var audio = all.FirstOrDefault(s => Text(s, "codec_type") == "audio");
        var hasVideo = video.ValueKind == JsonValueKind.Object;
        var hasAudio = audio.ValueKind == JsonValueKind.Object;
        if (!hasVideo && !hasAudio) return null;

        var videoCodec = hasVideo ? Text(video, "codec_name") : null;
        var audioCodec = hasAudio ? Text(audio, "codec_name") : null;
        var container = ContainerOf(Text(format, "format_name"), format, [videoCodec, audioCodec]);
        if (container is null) return null;

        var duration = Number(format, "duration") ?? (hasVideo ? Number(video, "duration") : null) ?? (hasAudio ? Number(audio, "duration") : null);
        if (duration is not > 0) return null;
        var fieldOrder = hasVideo ? Text(video, "field_order") : null;
        return new ProbedMedia(
            container,
            Math.Round(duration.Value, 3),
            videoCodec,
            audioCodec,
            hasVideo ? Integer(video, "width") : null,
            hasVideo ? Integer(video, "height") : null,
            hasVideo ? Rate(Text(video, "avg_frame_rate")) ?? Rate(Text(video, "r_frame_rate")) : null,
            (long?)((hasVideo ? Number(video, "bit_rate") : null) ?? Number(format, "bit_rate")),
            hasVideo ? ChromaOf(Text(video, "pix_fmt")) : null,
            hasVideo ? fieldOrder is "tt" or "bb" or "tb" or "bt" : null);
    }

    static MediaContainer? ContainerOf(string? formatName, JsonElement format, string?[] codecs)
    {
        var names = (formatName ?? "").Split(',');
        if (names.Contains("mxf")) return MediaContainer.Mxf;
        if (names.Contains("wav")) return MediaContainer.Wav;
        if (names.Contains("aac")) return MediaContainer.Aac;
        if (names.Contains("mp4") || names.Contains("mov"))
        {
            var brand = format.TryGetProperty("tags", out var tags) ? Text(tags, "major_brand")?.Trim() : null;
            return brand == "qt" ? MediaContainer.QuickTime : MediaContainer.Mp4;
        }
        if (names.Contains("matroska"))
        {
            string[] webm = ["vp8", "vp9", "av1", "opus", "vorbis"];
            return codecs.All(c => c is null || webm.Contains(c)) ? MediaContainer.WebM : MediaContainer.Matroska;
        }
        return null;
    }

    static string? ChromaOf(string? pixelFormat) => pixelFormat switch
    {
        null => null,
        _ when pixelFormat.StartsWith("yuv420") || pixelFormat.StartsWith("yuvj420") || pixelFormat.StartsWith("nv12") => "4:2:0",
        _ when pixelFormat.StartsWith("yuv422") || pixelFormat.StartsWith("yuvj422") => "4:2:2",
        _ when pixelFormat.StartsWith("yuv444") || pixelFormat.StartsWith("yuvj444") => "4:4:4",
        _ when pixelFormat.StartsWith("yuv411") => "4:1:1",
        _ => null,
    };

    static bool IsAttachedPicture(JsonElement stream) =>
        stream.TryGetProperty("disposition", out var disposition) && disposition.TryGetProperty("attached_pic", out var flag) && flag.GetInt32() == 1;

    static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static int? Integer(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number > 0 ? number : null;

    static decimal? Number(JsonElement element, string name) =>
        decimal.TryParse(Text(element, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    static decimal? Rate(string? fraction)
    {
        var parts = fraction?.Split('/');
        if (parts is not [var numerator, var denominator]
            || !decimal.TryParse(numerator, CultureInfo.InvariantCulture, out var n)
            || !decimal.TryParse(denominator, CultureInfo.InvariantCulture, out var d) || n <= 0 || d <= 0) return null;
        return Math.Round(n / d, 3);
    }
}
