using System.Diagnostics;

namespace NatoAspire.MediaCatalog.Tools;

/// <summary>What ffmpeg or ffprobe printed, and how it ended.</summary>
public sealed record MediaToolRun(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs ffmpeg or ffprobe to the end and collects what it printed. A run that outlives its time limit, or whose caller
/// gives up, is killed with its whole process tree, so that no encoder is left working on a file nobody waits for.
/// </summary>
public static class MediaTool
{
    public static async Task<MediaToolRun> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var tool = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = tool.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = tool.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLimit);
        try
        {
            await tool.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            tool.Kill(entireProcessTree: true);
            throw;
        }
        return new MediaToolRun(tool.ExitCode, await output, await errors);
    }
}
