using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using NatoAspire.MediaCatalog.Storage;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>Makes the sample files with ffmpeg: broadcast-style H.264/AAC in MP4, byte-identical from run to run.</summary>
public sealed class SampleVideoRenderer(IOptions<MediaOptions> options, ILogger<SampleVideoRenderer> logger)
{
    static readonly string[] TitleFonts =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    ];

    static readonly string[] TimecodeFonts =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
        "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf",
    ];

    readonly Lazy<(string? Title, string? Timecode)> fonts = new(() => (TitleFonts.FirstOrDefault(File.Exists), TimecodeFonts.FirstOrDefault(File.Exists)));

    public async Task RenderAsync(SampleFile file, string title, string outputPath, CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, options.Value.SampleSeconds).ToString(CultureInfo.InvariantCulture);
        var size = $"{file.Width}x{file.Height}";
        var titleFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(titleFile, title, cancellationToken);
            await RunAsync(cancellationToken,
                "-f", "lavfi", "-i", $"smptehdbars=size={size}:rate={file.FrameRate}:duration={seconds}",
                "-f", "lavfi", "-i", $"sine=frequency=1000:sample_rate=48000:duration={seconds}",
                "-vf", Overlay(file, titleFile),
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-g", file.FrameRate.ToString(CultureInfo.InvariantCulture),
                "-c:a", "aac", "-b:a", "128k", "-shortest",
                // No dates or encoder versions in the output: the same input gives the same bytes (and hash) again.
                "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
                "-movflags", "+faststart", "-f", "mp4", outputPath);
        }
        finally
        {
            File.Delete(titleFile);
        }
    }

    public Task RenderThumbnailAsync(string videoPath, string outputPath, CancellationToken cancellationToken) =>
        RunAsync(cancellationToken, "-ss", "0.5", "-i", videoPath, "-frames:v", "1", "-vf", "scale=480:-2", "-q:v", "4",
            "-f", "image2", "-c:v", "mjpeg", outputPath);

    string Overlay(SampleFile file, string titleFile)
    {
        var (titleFont, timecodeFont) = fonts.Value;
        var filters = new List<string>();
        if (titleFont is null || timecodeFont is null)
        {
            logger.LogWarning("No font found ({Fonts}): sample videos get no burned-in title", string.Join(", ", TitleFonts));
            return "null";
        }
        var h = file.Height;
        filters.Add($"drawtext=fontfile={titleFont}:textfile={titleFile}:expansion=none:fontcolor=white:fontsize={h / 20}" +
                    $":box=1:boxcolor=black@0.6:boxborderw={h / 60}:x=(w-text_w)/2:y=h*0.72");
        filters.Add($@"drawtext=fontfile={timecodeFont}:timecode='00\:00\:00\:00':timecode_rate={file.FrameRate}:fontcolor=white" +
                    $":fontsize={h / 24}:box=1:boxcolor=black@0.6:boxborderw={h / 108}:x=(w-text_w)/2:y=h*0.06");
        return string.Join(',', filters);
    }

    async Task RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(options.Value.FfmpegPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-nostdin", "-hide_banner", "-loglevel", "error", "-y", .. arguments])
            start.ArgumentList.Add(argument);

        using var ffmpeg = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg did not start.");
        var errors = ffmpeg.StandardError.ReadToEndAsync(cancellationToken);
        _ = ffmpeg.StandardOutput.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await ffmpeg.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            ffmpeg.Kill(entireProcessTree: true);
            throw;
        }
        if (ffmpeg.ExitCode != 0)
            throw new InvalidOperationException($"ffmpeg failed ({ffmpeg.ExitCode}): {(await errors).Trim()}");
    }
}
