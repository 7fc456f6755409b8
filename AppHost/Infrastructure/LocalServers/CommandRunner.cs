using System.Diagnostics;
using System.Text;

namespace NatoAspire.LocalServers;

/// <summary>What a short command (initdb, pg_isready, psql) printed and how it ended.</summary>
public sealed record CommandResult(int ExitCode, string Output);

/// <summary>Runs short commands to completion, outside any process supervisor.</summary>
public static class CommandRunner
{
    /// <summary>
    /// Runs <paramref name="command"/>, feeding it <paramref name="standardInput"/> if any. When cancelled, the
    /// command's whole process tree is killed and the exception carries what it printed so far.
    /// </summary>
    public static async Task<CommandResult> RunAsync(LocalServerCommand command, string? workingDirectory = null,
        string? standardInput = null, CancellationToken cancellation = default)
    {
        using var process = new Process { StartInfo = StartInfo(command, workingDirectory) };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            if (standardInput is not null) await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellation);
            process.StandardInput.Close();
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException e)
        {
            process.Kill(entireProcessTree: true);
            throw new OperationCanceledException(
                $"{Path.GetFileName(command.FileName)} did not finish in time. Its output so far:\n{Read(output)}", e, cancellation);
        }
        return new CommandResult(process.ExitCode, Read(output));
    }

    /// <summary>The same, for the one step that runs before the AppHost is built (initdb); fails unless it exits with 0.</summary>
    public static void RunToSuccess(LocalServerCommand command, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var result = RunAsync(command, cancellation: cancellation.Token).GetAwaiter().GetResult();
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{command.FileName} failed ({result.ExitCode}): {result.Output}");
    }

    static ProcessStartInfo StartInfo(LocalServerCommand command, string? workingDirectory)
    {
        var startInfo = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = workingDirectory ?? "",
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Arguments) startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in command.Environment) startInfo.Environment[name] = value;
        return startInfo;
    }

    static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    static string Read(StringBuilder output)
    {
        lock (output) return output.ToString();
    }
}
