using System.Diagnostics;
using System.Security.Cryptography;

namespace NatoAspire.DownloadBenchmark;

/// <summary>One timed download, with the CPU time and peak resident memory of each server while it ran.</summary>
sealed record Measurement(
    string Path, long Bytes, TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> Cpu,
    IReadOnlyDictionary<string, long> ResidentBefore, IReadOnlyDictionary<string, long> PeakResident)
{
    public double BytesPerSecond => Bytes / Elapsed.TotalSeconds;

    public double CpuSecondsPerGiB(string server) =>
        Cpu.TryGetValue(server, out var cpu) ? cpu.TotalSeconds / (Bytes / (double)(1L << 30)) : double.NaN;

    public static async Task<Measurement> TakeAsync(string path, HttpClient client, string url, IReadOnlyList<ServerProcess> servers)
    {
        var cpuBefore = servers.ToDictionary(s => s.Name, s => s.CpuTime);
        var before = servers.ToDictionary(s => s.Name, s => s.ResidentBytes);
        var peaks = new Dictionary<string, long>(before);
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var server in servers) peaks[server.Name] = Math.Max(peaks[server.Name], server.ResidentBytes);
                await Task.Delay(20, CancellationToken.None);
            }
        });

        var stopwatch = Stopwatch.StartNew();
        var bytes = await DrainAsync(client, url, hash: null);
        stopwatch.Stop();
        await stop.CancelAsync();
        await sampler;

        var cpu = servers.ToDictionary(s => s.Name, s => s.CpuTime - cpuBefore[s.Name]);
        return new Measurement(path, bytes, stopwatch.Elapsed, cpu, before, peaks);
    }

    /// <summary>Downloads once, hashing: proof that each path delivers the same bytes before anything is timed.</summary>
    public static async Task<string> Sha256Async(HttpClient client, string url)
    {
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await DrainAsync(client, url, sha256);
        return Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    static async Task<long> DrainAsync(HttpClient client, string url, IncrementalHash? hash)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 20];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            hash?.AppendData(buffer, 0, read);
            total += read;
        }
        return total;
    }
}
