using System.Globalization;
using Microsoft.Extensions.Options;
using NatoAspire.MediaCatalog.Catalog;
using NatoAspire.MediaCatalog.Storage;
using NatoAspire.MediaCatalog.Tools;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>Makes the sample files with ffmpeg: the four renditions of <see cref="SampleRenditions"/>, byte-identical from run to run.</summary>
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

    const int FrameRate = 25;

    /// <summary>What the shared 1080 files show where a titled entry's own proxy shows its title: they serve every entry.</summary>
    public const string SharedSlate = "NATO Multimedia sample";

    /// <summary>
    /// Renders the entry's own files (<see cref="SampleVideo.OwnKinds"/>) and, with a proxy, its poster frame:
    /// <c>{fileId:N}.{extension}</c> for each file and <c>thumbnail.jpg</c>, in <paramref name="folder"/>. The 1080
    /// files and the audio come from one ffmpeg run with <see cref="SharedSlate"/> burned in, since other entries share
    /// them; the proxy and poster from another, drawn at 360 with the entry's own title (a tenth of the 1080 run's cost).
    /// </summary>
    public async Task RenderAsync(SampleVideo sample, string folder, CancellationToken cancellationToken)
    {
        var files = sample.Files.Where(f => sample.OwnKinds.Contains(f.Kind)).ToList();
        var shared = files.Where(f => f.Kind != FileKinds.Proxy).ToList();
        var titled = files.Where(f => f.Kind == FileKinds.Proxy).ToList();
        if (shared.Count > 0)
            await RenderRunAsync(shared, SharedSlate, SampleRenditions.FullSize, poster: false, folder, "shared", cancellationToken);
        if (titled.Count > 0 || sample.OwnsPoster)
            await RenderRunAsync(titled, sample.Title, SampleRenditions.ProxySize, sample.OwnsPoster, folder, "titled", cancellationToken);
    }

    async Task RenderRunAsync(
        IReadOnlyList<SampleFile> files, string title, (int Width, int Height) size, bool poster, string folder, string name,
        CancellationToken cancellationToken)
    {
        var seconds = Math.Max(1, options.Value.SampleSeconds).ToString(CultureInfo.InvariantCulture);
        var titleFile = Path.Combine(folder, $"{name}-title.txt");
        await File.WriteAllTextAsync(titleFile, title, cancellationToken);

        var pictures = files.Where(f => SampleRenditions.VideoFilter(f.Kind) is not null).ToList();
        var posters = poster ? 1 : 0;
        var graph = new List<string>
        {
            $"[0:v]{Overlay(titleFile, size.Height)},split={pictures.Count + posters}{string.Concat(pictures.Select((_, i) => $"[v{i}]"))}{(posters > 0 ? "[poster]" : "")}",
            $"[1:a]asplit={files.Count}{string.Concat(files.Select((_, i) => $"[a{i}]"))}",
        };
        if (posters > 0) graph.Add($"[poster]trim=start_frame={FrameRate / 2}:end_frame={FrameRate / 2 + 1},scale=480:-2[thumbnail]");
        graph.AddRange(pictures.Select((file, i) => $"[v{i}]{SampleRenditions.VideoFilter(file.Kind)}[s{i}]"));

        var arguments = new List<string>
        {
            "-f", "lavfi", "-i", $"smptehdbars=size={size.Width}x{size.Height}:rate={FrameRate}:duration={seconds}",
            "-f", "lavfi", "-i", $"sine=frequency=1000:sample_rate=48000:duration={seconds}",
            "-filter_complex", string.Join(';', graph),
        };
        foreach (var (file, i) in files.Select((file, i) => (file, i)))
        {
            var picture = pictures.IndexOf(file);
            if (picture >= 0) arguments.AddRange(["-map", $"[s{picture}]"]);
            arguments.AddRange(["-map", $"[a{i}]", .. SampleRenditions.EncoderArguments(file.Kind), "-shortest", Path.Combine(folder, FileNameOf(file))]);
        }
        if (posters > 0)
            arguments.AddRange(["-map", "[thumbnail]", "-frames:v", "1", "-q:v", "4", "-update", "1", "-f", "image2", Path.Combine(folder, "thumbnail.jpg")]);
        await RunAsync(cancellationToken, [.. arguments]);
    }

    public static string FileNameOf(SampleFile file) => $"{file.Id:N}.{SampleRenditions.ContainerOf(file.Kind).Extension}";

    string Overlay(string titleFile, int h)
    {
        var (titleFont, timecodeFont) = fonts.Value;
        if (titleFont is null || timecodeFont is null)
        {
            logger.LogWarning("No font found ({Fonts}): sample videos get no burned-in title", string.Join(", ", TitleFonts));
            return "null";
        }
        return $"drawtext=fontfile={titleFont}:textfile={titleFile}:expansion=none:fontcolor=white:fontsize={h / 20}" +
               $":box=1:boxcolor=black@0.6:boxborderw={h / 60}:x=(w-text_w)/2:y=h*0.72," +
               $@"drawtext=fontfile={timecodeFont}:timecode='00\:00\:00\:00':timecode_rate={FrameRate}:fontcolor=white" +
               $":fontsize={h / 24}:box=1:boxcolor=black@0.6:boxborderw={h / 108}:x=(w-text_w)/2:y=h*0.06";
    }

    async Task RunAsync(CancellationToken cancellationToken, params string[] arguments)
    {
        var run = await MediaTool.RunAsync(options.Value.FfmpegPath,
            ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", .. arguments], TimeSpan.FromMinutes(2), cancellationToken);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"ffmpeg failed ({run.ExitCode}): {run.Errors.Trim()}");
    }
}
