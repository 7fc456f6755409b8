using NatoAspire.WholeSystem.Load;

namespace NatoAspire.Benchmarks.Soak;

/// <summary>The p50 and p99 of each kind of call among the requests that finished in a window of the run.</summary>
public sealed record Latencies(string Kind, int Calls, int Failed, double P50Ms, double P99Ms)
{
    public static IReadOnlyList<Latencies> Of(IEnumerable<RequestRecord> records, long from, long to) =>
        [.. records.Where(r => r.Finished >= from && r.Finished < to)
            .GroupBy(r => r.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var durations = g.Select(r => Clock.SecondsBetween(r.Started, r.Finished) * 1000).Order().ToList();
                return new Latencies(g.Key, durations.Count, g.Count(r => !r.Succeeded), Percentile(durations, 50), Percentile(durations, 99));
            })];

    /// <summary>Nearest rank: the smallest duration that at least <paramref name="percent"/> % of the calls took no longer than.</summary>
    static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
