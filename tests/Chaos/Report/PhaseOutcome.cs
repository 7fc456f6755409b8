using System.Globalization;
using NatoAspire.Chaos.Faults;
using NatoAspire.WholeSystem.Checks;
using NatoAspire.WholeSystem.Load;

namespace NatoAspire.Chaos.Report;

/// <summary>
/// One row of the run: the steady load before the first fault, or one fault and what followed it until the next.
/// A request belongs to the phase in which it started; a failed one to the last fault whose moment came before it
/// finished, the fault it met.
/// </summary>
public sealed record PhaseOutcome(
    string Name,
    FaultRun? Run,
    int Requests,
    IReadOnlyDictionary<FailureTiming, IReadOnlyList<RequestRecord>> Failed,
    IReadOnlyList<ItemProblem> Problems)
{
    public int FailedCount => Failed.Values.Sum(f => f.Count);

    public int Lost => Problems.Count(p => !p.Duplicated);

    public int Duplicated => Problems.Count(p => p.Duplicated);

    public IEnumerable<RequestRecord> AllFailed => Failed.Values.SelectMany(f => f);

    public static IReadOnlyList<PhaseOutcome> Of(IReadOnlyList<FaultRun> runs, IReadOnlyCollection<RequestRecord> records, IReadOnlyList<ItemProblem> problems)
    {
        int PhaseStarted(long started) => runs.Count(r => r.At <= started);
        int PhaseMet(RequestRecord failed) => runs.Count(r => r.At < failed.Finished);

        return [.. Enumerable.Range(0, runs.Count + 1).Select(phase =>
        {
            var run = phase == 0 ? null : runs[phase - 1];
            var failed = records.Where(r => !r.Succeeded && PhaseMet(r) == phase).ToList();
            var timings = Enum.GetValues<FailureTiming>().ToDictionary(t => t, t => (IReadOnlyList<RequestRecord>)
                [.. failed.Where(r => run is null ? t == FailureTiming.AfterRecovery : TimingOf(r, run) == t)]);
            return new PhaseOutcome(run?.Fault.Name ?? "steady load, before the faults", run,
                records.Count(r => PhaseStarted(r.Started) == phase), timings, [.. problems.Where(p => p.Phase == phase)]);
        })];
    }

    static FailureTiming TimingOf(RequestRecord failed, FaultRun run) =>
        failed.Started < run.At ? FailureTiming.InFlight
        : failed.Started < run.RecoveredAt ? FailureTiming.DuringOutage
        : FailureTiming.AfterRecovery;

    public string SecondsToHealthy => Run is null ? "–" : Run.SecondsToHealthy.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>"502 × 2, connection failed (ConnectionError) × 1", or "none".</summary>
    public static string Tally(IEnumerable<string> values)
    {
        var tally = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key} × {g.Count()}").ToList();
        return tally.Count == 0 ? "none" : string.Join(", ", tally);
    }
}
