using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using NatoAspire.LocalServers;

namespace NatoAspire.TestSupport;

/// <summary>
/// A server started as a child process. Its output goes to a bounded buffer instead of the test runner's console,
/// and stopping it takes the whole process tree down, because several servers run behind a wrapper script.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    const int SigTerm = 15;

    readonly Process process;

    ChildProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public OutputTail Output { get; } = new();

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ChildProcess Start(string name, LocalServerCommand command, string workingDirectory)
    {
        var process = new Process { StartInfo = CreateStartInfo(command, workingDirectory) };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => child.Output.Add(e.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            throw new InvalidOperationException($"{name} could not be started ({command.FileName}): {e.Message}", e);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Asks the process to terminate (SIGTERM) and gives it <paramref name="gracePeriod"/> to do so, then kills
    /// whatever is left of its tree.
    /// </summary>
    public async Task StopAsync(TimeSpan gracePeriod)
    {
        if (!process.HasExited && gracePeriod > TimeSpan.Zero)
        {
            _ = kill(process.Id, SigTerm);
            await WaitForExitAsync(gracePeriod);
        }
        if (!process.HasExited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }
        }
        await WaitForExitAsync(TimeSpan.FromSeconds(10));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.Zero);
        process.Dispose();
    }

    // Process.WaitForExitAsync also waits for the end of the redirected output, which never comes when a daemon
    // started by the server (RabbitMQ's epmd) keeps the pipe open; polling HasExited does not depend on it.
    async Task WaitForExitAsync(TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited && stopwatch.Elapsed < timeout) await Task.Delay(50);
    }

    static ProcessStartInfo CreateStartInfo(LocalServerCommand command, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo(command.FileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in command.Arguments) startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in command.Environment) startInfo.Environment[name] = value;
        return startInfo;
    }

    [DllImport("libc", SetLastError = true)]
    static extern int kill(int pid, int signal);
}
