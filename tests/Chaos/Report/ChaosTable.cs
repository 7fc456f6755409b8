using System.Globalization;

namespace NatoAspire.Chaos.Report;

/// <summary>The run's table in Markdown, as the README shows it, and each failed request's detail below it.</summary>
public static class ChaosTable
{
    public static IEnumerable<string> Lines(IReadOnlyList<PhaseOutcome> phases)
    {
        yield return "| fault | s to healthy | requests | failed: in flight / during outage / after recovery | failed by status | failed by kind | lost | duplicated |";
        yield return "| --- | ---: | ---: | --- | --- | --- | ---: | ---: |";
        foreach (var phase in phases)
        {
            var split = string.Join(" / ", Enum.GetValues<FailureTiming>().Select(t => phase.Failed[t].Count.ToString(CultureInfo.InvariantCulture)));
            yield return $"| {phase.Name} | {phase.SecondsToHealthy} | {phase.Requests} | {phase.FailedCount} ({split}) | " +
                $"{PhaseOutcome.Tally(phase.AllFailed.Select(f => f.Outcome))} | {PhaseOutcome.Tally(phase.AllFailed.Select(f => f.Kind))} | {phase.Lost} | {phase.Duplicated} |";
        }
        yield return "";
        foreach (var phase in phases)
        {
            if (phase.Run is { } run) yield return $"{phase.Name}: {run.Detail}";
            foreach (var (timing, failed) in phase.Failed)
                if (failed.Count > 0) yield return $"  {timing}: {PhaseOutcome.Tally(failed.Select(f => $"{f.Kind} {f.Outcome}"))}";
            foreach (var problem in phase.Problems) yield return $"  {(problem.Duplicated ? "duplicated" : "lost")}: {problem.What}";
        }
    }
}
