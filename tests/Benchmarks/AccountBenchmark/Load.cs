using System.Collections.Concurrent;
using System.Diagnostics;

namespace NatoAspire.Benchmarks.Accounts;

/// <summary>The two kinds of load of the benchmark, and what each one measured.</summary>
static class Load
{
    /// <summary>
    /// As many calls at once as there are <paramref name="clients"/>, each starting the next when the last answers:
    /// enough of them keep every hashing thread busy. Counts the answers by status.
    /// </summary>
    public static async Task<Answers> ClosedLoopAsync(int clients, TimeSpan duration, Func<int, Task<int>> call)
    {
        var statuses = new ConcurrentDictionary<int, int>();
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            for (var n = client; !stop.IsCancellationRequested; n += clients)
                statuses.AddOrUpdate(await call(n), 1, (_, count) => count + 1);
        }));
        return new Answers(statuses, clock.Elapsed, []);
    }

    /// <summary>
    /// Calls at a fixed rate whatever the answers take (an open loop, as wrk2 does): each call's latency counts from
    /// the moment it was due, so a stall of the client or the server shows in the latencies instead of slowing the rate.
    /// </summary>
    public static async Task<Answers> FixedRateAsync(int perSecond, TimeSpan duration, Func<int, Task<int>> call)
    {
        var statuses = new ConcurrentDictionary<int, int>();
        var latencies = new ConcurrentBag<TimeSpan>();
        var calls = new List<Task>();
        var interval = TimeSpan.FromSeconds(1.0 / perSecond);
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            var due = interval * n;
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            calls.Add(MeasureAsync(n, due));
        }
        await Task.WhenAll(calls);
        return new Answers(statuses, duration, [.. latencies]);

        async Task MeasureAsync(int n, TimeSpan due)
        {
            var status = await call(n);
            latencies.Add(clock.Elapsed - due);
            statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
        }
    }
}

sealed record Answers(IReadOnlyDictionary<int, int> Statuses, TimeSpan Duration, List<TimeSpan> Latencies)
{
    public int Count(int status) => Statuses.GetValueOrDefault(status);

    public int Total => Statuses.Values.Sum();

    public double PerSecond(int status) => Count(status) / Duration.TotalSeconds;

    public TimeSpan Percentile(int percentile) => Percentiles.Of(Latencies, percentile);

    public string StatusList => string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Value} × {s.Key}"));
}

static class Percentiles
{
    public static TimeSpan Of(List<TimeSpan> samples, int percentile)
    {
        if (samples.Count == 0) return TimeSpan.Zero;
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:0.0} ms";
}
