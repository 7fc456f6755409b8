using System.Diagnostics;
using System.Net;

namespace NatoAspire.DownloadBenchmark;

/// <summary>A server this benchmark started, whose CPU time and resident memory it can read from /proc.</summary>
sealed class ServerProcess : IAsyncDisposable
{
    readonly Process process;
    readonly List<string> output = [];

    ServerProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public int Pid => process.Id;

    public IReadOnlyList<string> Output { get { lock (output) return [.. output]; } }

    /// <summary>Starts a process in <paramref name="workingDirectory"/>: an ASP.NET Core app finds its appsettings.json there.</summary>
    public static ServerProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var server = new ServerProcess(name, process);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200; returns how long that took.</summary>
    public async Task<TimeSpan> WaitUntilAnswersAsync(string url, TimeSpan patience)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < patience)
        {
            if (process.HasExited) throw new InvalidOperationException($"{Name} exited ({process.ExitCode}):\n{string.Join('\n', Output.TakeLast(30))}");
            try
            {
                if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK) return stopwatch.Elapsed;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not answer {url} within {patience}:\n{string.Join('\n', Output.TakeLast(30))}");
    }

    /// <summary>User + system CPU time so far, from /proc/[pid]/stat (clock ticks of 1/100 s on Linux).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            var stat = File.ReadAllText($"/proc/{Pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "(comm)": state is field 3, so utime (14) and stime (15) are at indexes 11 and 12.
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
    }

    /// <summary>Resident memory now, in bytes (VmRSS of /proc/[pid]/status).</summary>
    public long ResidentBytes
    {
        get
        {
            foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) * 1024;
            return 0;
        }
    }

    void Keep(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            output.Add(line);
            if (output.Count > 500) output.RemoveAt(0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
