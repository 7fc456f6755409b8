// Soak benchmark: run by hand (dotnet run -c Release --project tests/Benchmarks/SoakBenchmark [-- --minutes 20]).
// The whole system (two replicas of every service, as the end-to-end tests start it) under the chaos test's steady
// load, with no fault, for twenty minutes. Every minute it prints each process's resident memory and thread count and
// each call's p50/p99 in that minute. At the end: each process's growth after the warm-up (target under 10 %), each
// call's p99 just after the warm-up beside its p99 over the last minutes (it must not climb), and the chaos test's
// final check (every account one verification email and a login, every subscription there, every download's SHA-256).
// Exit code 0 when all of it holds.
using System.Globalization;
using NatoAspire.Benchmarks.Soak;
using NatoAspire.WholeSystem;
using NatoAspire.WholeSystem.Checks;
using NatoAspire.WholeSystem.Load;

var options = SoakOptions.Parse(args);
var report = new SoakReport();
// Only what goes wrong, and not the AppHost's health checks, which fail by design while the system starts.
// (Settings, not code: the AppHost's appsettings.json sets the levels and would win.)
var system = new SystemFixture
{
    AppHostSettings = ["Logging:LogLevel:Default=Warning", "Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=None"],
};
await system.InitializeAsync();
try
{
    report.Line($"Soak run {DateTime.UtcNow:u}: {options.Minutes} min of steady load, a sample every {options.SampleInterval.TotalSeconds:0} s, " +
        $"warm-up {options.WarmUpMinutes} min; system healthy after {system.StartupDuration.TotalSeconds:0} s; {Environment.ProcessorCount} cores");
    var samples = new List<IReadOnlyDictionary<string, (int Pid, ProcessSample Sample)>>();
    var marks = new List<long>();
    var load = await SteadyLoad.StartAsync(system, "soak");
    var sampleCount = (int)(TimeSpan.FromMinutes(options.Minutes) / options.SampleInterval);
    var start = Clock.Now;
    await using (load)
    {
        for (var i = 0; i <= sampleCount; i++)
        {
            var due = options.SampleInterval * i - TimeSpan.FromSeconds(Clock.SecondsBetween(start, Clock.Now));
            if (due > TimeSpan.Zero) await Task.Delay(due);
            marks.Add(Clock.Now);
            samples.Add(Sample(system));
            report.Line();
            report.Line($"## {(options.SampleInterval * i).TotalMinutes:0.#} min");
            foreach (var (name, (pid, sample)) in samples[^1])
                report.Line($"- {WatchedProcesses.Label(name, system.Instances)} (pid {pid}): {sample.Text}");
            if (i > 0)
                report.Line("- calls: " + string.Join("; ", Latencies.Of(load.Log.Records, marks[^2], marks[^1])
                    .Select(l => $"{l.Kind} {l.Calls} (failed {l.Failed}) p50 {l.P50Ms:0} ms p99 {l.P99Ms:0} ms")));
        }
        await load.StopAsync();
    }

    var warmUp = (int)(TimeSpan.FromMinutes(options.WarmUpMinutes) / options.SampleInterval);
    var memory = samples[warmUp].Keys.Where(samples[^1].ContainsKey).Select(name => new MemoryVerdict(
        WatchedProcesses.Label(name, system.Instances), samples[warmUp][name].Sample, samples[^1][name].Sample,
        samples.Skip(warmUp).Where(s => s.ContainsKey(name)).Max(s => s[name].Sample.ResidentKiB),
        Replaced: samples[warmUp][name].Pid != samples[^1][name].Pid)).ToList();
    report.Line();
    report.Line($"## Resident memory and threads, from the end of the warm-up ({options.WarmUpMinutes} min) to the end ({options.Minutes} min)");
    report.Line(MemoryVerdict.Header);
    foreach (var verdict in memory) report.Line(verdict.Row);

    // The same length of time just after the warm-up and at the end of the run, so that the two p99s count alike.
    var window = Math.Min(5, (sampleCount - warmUp) / 2);
    var early = Latencies.Of(load.Log.Records, marks[warmUp], marks[warmUp + window]).ToDictionary(l => l.Kind);
    var late = Latencies.Of(load.Log.Records, marks[^(window + 1)], marks[^1]).ToDictionary(l => l.Kind);
    var whole = Latencies.Of(load.Log.Records, start, long.MaxValue);
    var climbs = new List<string>();
    report.Line();
    report.Line($"## Calls over the whole run, and p99 in the {window} samples after the warm-up beside the last {window}");
    report.Line("| call | calls | failed | p50 ms | p99 ms | p99 after warm-up | p99 at the end | does not climb (≤ ×1.5) |");
    report.Line("| --- | --- | --- | --- | --- | --- | --- | --- |");
    foreach (var call in whole)
    {
        var before = early.GetValueOrDefault(call.Kind)?.P99Ms;
        var after = late.GetValueOrDefault(call.Kind)?.P99Ms;
        var holds = before is not { } b || after is not { } a || a <= b * SoakOptions.ClimbLimit;
        if (!holds) climbs.Add(call.Kind);
        report.Line(string.Create(CultureInfo.InvariantCulture,
            $"| {call.Kind} | {call.Calls} | {call.Failed} | {call.P50Ms:0} | {call.P99Ms:0} | {before:0} | {after:0} | {(holds ? "yes" : "NO")} |"));
    }

    var problems = await new FinalCheck(system, load.Items).RunAsync();
    report.Line();
    report.Line($"{load.Items.Accounts.Count} accounts registered, {load.Items.Subscriptions.Count} subscriptions, " +
        $"{load.Items.Downloads.Count} downloads, {load.Log.Records.Count} requests; {problems.Count} items lost or duplicated");
    foreach (var problem in problems.Take(20)) report.Line($"- {problem.What}");

    report.Line($"Telemetry: {system.Telemetry.Exports} OTLP exports received ({system.Telemetry.Bytes / 1024.0 / 1024.0:0.0} MiB)");
    var grew = memory.Where(m => !m.Holds).Select(m => m.Process).ToList();
    var failed = whole.Sum(l => l.Failed);
    report.Line();
    report.Line($"Memory growth under 10 %: {(grew.Count == 0 ? "holds" : "does not hold for " + string.Join(", ", grew))}. " +
        $"p99 does not climb: {(climbs.Count == 0 ? "holds" : "does not hold for " + string.Join(", ", climbs))}. " +
        $"Failed requests: {failed}. Lost or duplicated: {problems.Count}. Report: {report.Path}");
    return grew.Count == 0 && climbs.Count == 0 && failed == 0 && problems.Count == 0 ? 0 : 1;
}
finally
{
    await system.DisposeAsync();
}

static IReadOnlyDictionary<string, (int Pid, ProcessSample Sample)> Sample(SystemFixture system)
{
    var read = new SortedDictionary<string, (int, ProcessSample)>(StringComparer.Ordinal);
    foreach (var (name, pid) in WatchedProcesses.Of(system))
        if (ProcessSample.Read(pid) is { } sample) read[name] = (pid, sample);
    return read;
}
