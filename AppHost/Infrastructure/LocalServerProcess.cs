using System.Diagnostics;
using NatoAspire.LocalInfrastructure;

namespace NatoAspire.AppHost.Infrastructure;

/// <summary>Runs the short helper commands (initdb, pg_isready) outside DCP.</summary>
static class LocalServerProcess
{
    public static void RunToCompletion(LocalServerCommand command, TimeSpan timeout)
    {
        using var process = Process.Start(StartInfo(command))
            ?? throw new InvalidOperationException($"Could not start {command.FileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command.FileName} did not finish within {timeout}.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{command.FileName} failed ({process.ExitCode}): {output.Result}{errors.Result}");
    }

    public static async Task<int> ExitCodeAsync(LocalServerCommand command, CancellationToken cancellation)
    {
        using var process = Process.Start(StartInfo(command))
            ?? throw new InvalidOperationException($"Could not start {command.FileName}.");
        try
        {
            await process.WaitForExitAsync(cancellation);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    static ProcessStartInfo StartInfo(LocalServerCommand command)
    {
        var info = new ProcessStartInfo(command.FileName, command.Arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in command.Environment) info.Environment[key] = value;
        return info;
    }
}
