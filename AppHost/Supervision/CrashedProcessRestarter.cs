using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NatoAspire.AppHost.Supervision;

/// <summary>
/// Starts again every process that crashed (exited with a code other than 0), with a growing pause, as a Kubernetes
/// Deployment would. Aspire 13.6 has no restart policy for projects or executables and DCP leaves a dead process
/// dead, so this watches the resources' states and issues Aspire's own start command. A process stopped on purpose
/// (the dashboard's Stop, or the AppHost stopping) exits with 0 and stays stopped.
/// </summary>
sealed class CrashedProcessRestarter(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    ILogger<CrashedProcessRestarter> logger) : BackgroundService
{
    /// <summary>A process that ran this long before it crashed is restarted at once again.</summary>
    static readonly TimeSpan StableAfter = TimeSpan.FromMinutes(1);

    static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    readonly ConcurrentDictionary<string, Attempts> attempts = new();
    readonly ConcurrentDictionary<string, DateTimeOffset> runningSince = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var update in notifications.WatchAsync(stoppingToken))
        {
            var state = update.Snapshot.State?.Text;
            if (state == KnownResourceStates.Running)
            {
                runningSince.TryAdd(update.ResourceId, DateTimeOffset.UtcNow);
                continue;
            }
            if (state is null || !KnownResourceStates.TerminalStates.Contains(state) || !runningSince.TryRemove(update.ResourceId, out var since))
                continue;
            var code = update.Snapshot.ExitCode;
            logger.LogInformation("{Resource} is {State} (exit code {ExitCode})", update.ResourceId, state, code);
            // A killed process may report no exit code at all.
            if (code is not 0 && !lifetime.ApplicationStopping.IsCancellationRequested)
                _ = RestartAsync(update.ResourceId, code ?? -1, DateTimeOffset.UtcNow - since, stoppingToken);
        }
    }

    async Task RestartAsync(string resourceId, int exitCode, TimeSpan ran, CancellationToken stoppingToken)
    {
        var tries = attempts.AddOrUpdate(resourceId, new Attempts(1), (_, last) => ran >= StableAfter ? new Attempts(1) : last with { Count = last.Count + 1 });
        var pause = TimeSpan.FromSeconds(Math.Min(MaxPause.TotalSeconds, Math.Pow(2, tries.Count - 1) - 1));
        logger.LogWarning("{Resource} crashed (exit code {ExitCode}) after {Ran}; restarting it in {Pause} (restart {Count} in a row)",
            resourceId, exitCode, ran, pause, tries.Count);
        try
        {
            await Task.Delay(pause, stoppingToken);
            var result = await commands.ExecuteCommandAsync(resourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success) logger.LogError("Restarting {Resource} failed: {Error}", resourceId, result.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    sealed record Attempts(int Count);
}

static class CrashedProcessRestarterExtensions
{
    public static void RestartCrashedProcesses(this IDistributedApplicationBuilder builder) =>
        builder.Services.AddHostedService<CrashedProcessRestarter>();
}
