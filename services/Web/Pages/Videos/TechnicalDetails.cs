using System.Globalization;
using NatoAspire.Web.Apis;

namespace NatoAspire.Web.Pages.Videos;

/// <summary>A file's technical fields as a broadcaster reads them: "mpeg2video 4:2:2, 1920×1080i, 25 fps".</summary>
public static class TechnicalDetails
{
    public static string Picture(VideoFile file)
    {
        if (file.VideoCodec is null) return "–";
        var parts = new List<string> { file.Chroma is null ? file.VideoCodec : $"{file.VideoCodec} {file.Chroma}" };
        if (file.Width is not null) parts.Add($"{file.Width}×{file.Height}{(file.Interlaced == true ? "i" : "p")}");
        if (file.FrameRate is not null) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{file.FrameRate:0.##} fps"));
        return string.Join(", ", parts);
    }

    public static string BitRate(long? bitsPerSecond) => bitsPerSecond switch
    {
        null => "–",
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bitsPerSecond / 1_000_000d:0.#} Mb/s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bitsPerSecond / 1000d:0} kb/s"),
    };
}
