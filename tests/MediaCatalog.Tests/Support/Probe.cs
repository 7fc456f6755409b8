using System.Diagnostics;

namespace NatoAspire.MediaCatalog.Tests.Support;

/// <summary>Asks ffprobe itself, not the service, what a file is: one CSV line a stream (or the format).</summary>
public static class Probe
{
    public static async Task<string> DescribeAsync(string path, string entries, string? streams = null)
    {
        string[] select = streams is null ? [] : ["-select_streams", streams];
        var probe = Process.Start(new ProcessStartInfo("ffprobe",
            ["-v", "error", .. select, "-show_entries", entries, "-of", "csv=p=0", path])
        { RedirectStandardOutput = true })!;
        var description = (await probe.StandardOutput.ReadToEndAsync()).Trim().TrimEnd(',');
        await probe.WaitForExitAsync();
        return description;
    }
}
