using System.Collections.Concurrent;
using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace NatoAspire.Benchmarks.Startup;

/// <summary>When each resource started running and first reported healthy, and the process id behind it, as the AppHost reports them.</summary>
sealed class ResourceTimeline
{
    readonly Stopwatch clock;
    readonly ConcurrentDictionary<string, TimeSpan> healthyAt = new();
    readonly ConcurrentDictionary<string, TimeSpan> runningAt = new();
    readonly ConcurrentDictionary<string, int> processIds = new();

    ResourceTimeline(Stopwatch clock) => this.clock = clock;

    public IReadOnlyDictionary<string, TimeSpan> HealthyAt => healthyAt;
    public IReadOnlyDictionary<string, TimeSpan> RunningAt => runningAt;
    public IReadOnlyDictionary<string, int> ProcessIds => processIds;

    public static ResourceTimeline Watch(DistributedApplication app, Stopwatch clock, CancellationToken stop)
    {
        var timeline = new ResourceTimeline(clock);
        _ = Task.Run(async () =>
        {
            try
            {
                await foreach (var update in app.ResourceNotifications.WatchAsync(stop))
                    timeline.Record(update);
            }
            catch (OperationCanceledException) { }
        }, stop);
        return timeline;
    }

    void Record(ResourceEvent update)
    {
        var name = update.Resource.Name;
        if (update.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is int pid)
            processIds[name] = pid;
        if (update.Snapshot.State?.Text == KnownResourceStates.Running)
            runningAt.TryAdd(name, clock.Elapsed);
        if (update.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy)
            healthyAt.TryAdd(name, clock.Elapsed);
    }
}
