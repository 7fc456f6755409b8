using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NatoAspire.GatewayBenchmark;

/// <summary>Debian's wrk: a fixed number of connections for a fixed time, and what it counted.</summary>
static partial class Wrk
{
    public const string Binary = "/usr/bin/wrk";

    public sealed record Result(long Requests, double RequestsPerSecond, long Non2xx, string LatencyP99);

    public static async Task<Result> RunAsync(string url, int connections, TimeSpan duration, IReadOnlyDictionary<string, string>? headers = null)
    {
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency" }) start.ArgumentList.Add(argument);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"{name}: {value}");
        }
        start.ArgumentList.Add(url);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");

        var requests = long.Parse(RequestsLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var rate = double.Parse(RateLine().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var non2xx = NonSuccessLine().Match(output) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var p99 = P99Line().Match(output) is { Success: true } p ? p.Groups[1].Value : "?";
        return new Result(requests, rate, non2xx, p99);
    }

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RateLine();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccessLine();

    [GeneratedRegex(@"99%\s+(\S+)")]
    private static partial Regex P99Line();
}
