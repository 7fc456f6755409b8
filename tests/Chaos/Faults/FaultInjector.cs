using System.Diagnostics;
using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.WholeSystem.Load;

namespace NatoAspire.Chaos.Faults;

/// <summary>Does each fault to the running system and waits until the system is whole again.</summary>
public sealed class FaultInjector(SystemFixture system)
{
    /// <summary>A fault the system has not recovered from in this time fails the run.</summary>
    static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(4);
    /// <summary>The restarter's first pause is none; a killed replica is back in seconds or not at all.</summary>
    static readonly TimeSpan RestartTimeout = TimeSpan.FromSeconds(90);

    readonly ResourceCommandService commands = system.App.Services.GetRequiredService<ResourceCommandService>();

    public async Task<FaultRun> InjectAsync(Fault fault)
    {
        using var timeout = new CancellationTokenSource(RecoveryTimeout);
        var (at, detail, restarted) = fault.Kind == FaultKind.ReplicaKill
            ? await KillAsync(system.Instances[fault.Resource][^1], timeout.Token)
            : await StopAndStartAsync(fault.Resource, timeout.Token);
        var recoveredAt = await WaitUntilWholeAsync(timeout.Token);
        return new FaultRun(fault, at, recoveredAt, detail, restarted);
    }

    /// <summary>
    /// SIGKILL, then the wait for the AppHost's restarter to start a new process in its place. If none comes, the run
    /// goes on (the other replica serves) and the fault says what Aspire showed instead.
    /// </summary>
    async Task<(long At, string Detail, bool Restarted)> KillAsync(string instance, CancellationToken cancellationToken)
    {
        var launcher = SystemReplicas.ProcessIdOf(system.App, instance);
        var pid = SystemReplicas.ServiceProcessIdOf(system.App, instance);
        var command = (await File.ReadAllTextAsync($"/proc/{pid}/cmdline", cancellationToken)).Split('\0')[0];
        using (var process = Process.GetProcessById(pid)) process.Kill(); // SIGKILL on Linux
        var at = Clock.Now;
        var killed = $"{instance}: killed pid {pid} ({Path.GetFileName(command)}, launched by pid {launcher})";
        int? restarted;
        while ((restarted = RunningProcessId(instance)) is null || restarted == launcher)
        {
            if (Clock.SecondsBetween(at, Clock.Now) > RestartTimeout.TotalSeconds)
            {
                system.App.ResourceNotifications.TryGetCurrentState(instance, out var current);
                return (at, $"{killed}; NOT restarted within {RestartTimeout.TotalSeconds:0} s: Aspire shows it {current?.Snapshot.State?.Text} " +
                    $"(exit code {current?.Snapshot.ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}), the process is {ProcessState(pid)}, its launcher {ProcessState(launcher)}", false);
            }
            await Task.Delay(250, cancellationToken);
        }
        await SystemReplicas.WaitUntilHealthyAsync(system.App, instance, cancellationToken);
        return (at, $"{killed}, restarted as pid {restarted} after {Clock.SecondsBetween(at, Clock.Now):0.0} s", true);
    }

    /// <summary>What the kernel says of a process: gone, a zombie nobody reaped, or still running.</summary>
    static string ProcessState(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[stat.LastIndexOf(')') + 2] == 'Z' ? "a zombie (its parent has not reaped it)" : "still running";
        }
        catch (IOException) { return "gone"; }
    }

    int? RunningProcessId(string instance)
    {
        if (!system.App.ResourceNotifications.TryGetCurrentState(instance, out var current) || current.Snapshot.State?.Text != KnownResourceStates.Running)
            return null;
        try { return SystemReplicas.ProcessIdOf(system.App, instance); }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>
    /// Aspire's stop and start. A project is named by its instance (Aspire's commands and waits by resource name
    /// do not find an instance of a project); a server is a resource of its own.
    /// </summary>
    async Task<(long At, string Detail, bool Restarted)> StopAndStartAsync(string resource, CancellationToken cancellationToken)
    {
        var instance = system.Instances.TryGetValue(resource, out var instances) ? instances[0] : null;
        var pid = instance is null ? 0 : SystemReplicas.ProcessIdOf(system.App, instance);
        var at = Clock.Now;
        var stopped = await commands.ExecuteCommandAsync(instance ?? resource, KnownResourceCommands.StopCommand, cancellationToken);
        if (!stopped.Success) throw new InvalidOperationException($"Stopping {resource} failed: {stopped.Message}");
        if (instance is null) await system.App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, cancellationToken);
        else await SystemReplicas.WaitUntilStoppedAsync(system.App, instance, pid, cancellationToken);
        var down = Clock.Now;
        var started = await commands.ExecuteCommandAsync(instance ?? resource, KnownResourceCommands.StartCommand, cancellationToken);
        if (!started.Success) throw new InvalidOperationException($"Starting {resource} failed: {started.Message}");
        if (instance is null) await system.App.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellationToken);
        else await SystemReplicas.WaitUntilHealthyAsync(system.App, instance, cancellationToken);
        return (at, $"{instance ?? resource}: stopped after {Clock.SecondsBetween(at, down):0.0} s, healthy again {Clock.SecondsBetween(down, Clock.Now):0.0} s after its start", true);
    }

    async Task<long> WaitUntilWholeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            foreach (var instance in system.Instances.Values.SelectMany(i => i))
                await SystemReplicas.WaitUntilHealthyAsync(system.App, instance, cancellationToken);
            try
            {
                using var health = await system.Gateway.GetAsync("/health", cancellationToken);
                if (health.StatusCode == HttpStatusCode.OK) return Clock.Now;
            }
            catch (HttpRequestException) { /* the gateway is not back yet */ }
            await Task.Delay(250, cancellationToken);
        }
    }
}
