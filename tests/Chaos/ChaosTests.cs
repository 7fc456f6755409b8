using NatoAspire.Chaos.Faults;
using NatoAspire.Chaos.Report;
using NatoAspire.WholeSystem.Checks;
using NatoAspire.WholeSystem.Load;
using Xunit.Abstractions;

namespace NatoAspire.Chaos;

/// <summary>
/// The whole system (two replicas of every service) under a steady load, while, in turn, each server restarts, one
/// replica of each service is killed, and the gateway stops and starts. Run by hand (README, "Restarts, stops,
/// backups"); it prints its table as it goes to <c>chaos-report.md</c> beside the test assembly, and at the end.
/// </summary>
public sealed class ChaosTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Load without faults first: what fails then fails for no fault's sake.</summary>
    static readonly TimeSpan LoadBeforeFaults = TimeSpan.FromSeconds(20);
    /// <summary>Load on the whole system between two faults, so that each fault meets a settled system.</summary>
    static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    static readonly Fault[] Faults =
    [
        Fault.Restart("rabbitmq-server"),
        Fault.Restart("postgres-server"),
        Fault.Restart("redis-server"),
        Fault.Kill("identity"),
        Fault.Kill("notification"),
        Fault.Kill("newsletter"),
        Fault.Kill("media-catalog"),
        Fault.Kill("web"),
        Fault.Stop("gateway"),
    ];

    readonly SystemFixture system = new();
    readonly string reportPath = Path.Combine(AppContext.BaseDirectory, "chaos-report.md");

    public Task InitializeAsync() => system.InitializeAsync();

    public Task DisposeAsync() => system.DisposeAsync();

    [Fact]
    public async Task Under_load_every_server_restarts_and_every_service_loses_a_replica_and_nothing_is_lost_or_sent_twice()
    {
        File.WriteAllText(reportPath, $"Chaos run {DateTime.UtcNow:u}, system started in {system.StartupDuration.TotalSeconds:0} s\n");
        var runs = new List<FaultRun>();
        var load = await SteadyLoad.StartAsync(system, "chaos");
        await using (load)
        {
            await Task.Delay(LoadBeforeFaults);
            var injector = new FaultInjector(system);
            for (var i = 0; i < Faults.Length; i++)
            {
                load.Items.Phase = i + 1;
                var run = await injector.InjectAsync(Faults[i]);
                runs.Add(run);
                Report($"{run.Fault.Name}: healthy after {run.SecondsToHealthy:0.0} s; {run.Detail}");
                await Task.Delay(Settle);
            }
            await load.StopAsync();
        }

        var problems = await new FinalCheck(system, load.Items).RunAsync();
        var phases = PhaseOutcome.Of(runs, load.Log.Records, problems);
        Report($"{load.Items.Accounts.Count} accounts registered, {load.Items.Subscriptions.Count} subscriptions, {load.Items.Downloads.Count} downloads, {load.Log.Records.Count} requests");
        foreach (var line in ChaosTable.Lines(phases)) Report(line);

        Assert.All(runs, run => Assert.True(run.Restarted, run.Detail));
        Assert.Empty(problems);
        Assert.Empty(phases[0].AllFailed);
        // Only the requests in flight at the moment of a kill may fail: the other replica serves the rest.
        Assert.All(phases.Where(p => p.Run?.Fault.Kind == FaultKind.ReplicaKill), p =>
            Assert.True(p.Failed[FailureTiming.DuringOutage].Count + p.Failed[FailureTiming.AfterRecovery].Count == 0,
                $"{p.Name}: requests that were not in flight at the kill failed"));
    }

    void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(reportPath, line + "\n");
    }
}
