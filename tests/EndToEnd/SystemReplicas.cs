using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.EndToEnd;

/// <summary>The instances Aspire runs for each project (one per replica) and what their processes have written.</summary>
public static class SystemReplicas
{
    /// <summary>
    /// Each project's instance names (the resource name and a suffix, one per replica), from the resource updates,
    /// which begin with the state of every resource. Call it once the application has started.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DiscoverAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var projects = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ProjectResource>()
            .ToDictionary(p => p.Name, p => p.Annotations.OfType<ReplicaAnnotation>().FirstOrDefault()?.Replicas ?? 1);
        var seen = projects.Keys.ToDictionary(name => name, _ => new SortedSet<string>(StringComparer.Ordinal));
        await foreach (var update in app.ResourceNotifications.WatchAsync(cancellationToken))
        {
            if (seen.TryGetValue(update.Resource.Name, out var instances)) instances.Add(update.ResourceId);
            if (seen.All(s => s.Value.Count >= projects[s.Key])) break;
        }
        return seen.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)[.. s.Value]);
    }

    /// <summary>
    /// Waits until one instance is running and healthy. Aspire's own waits take a resource's name, not an instance's,
    /// so this one reads the instance's state.
    /// </summary>
    public static async Task WaitUntilHealthyAsync(DistributedApplication app, string instance, CancellationToken cancellationToken)
    {
        while (!(app.ResourceNotifications.TryGetCurrentState(instance, out var current)
                 && current.Snapshot.State?.Text == KnownResourceStates.Running
                 && current.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy))
            await Task.Delay(250, cancellationToken);
    }

    /// <summary>Waits until one instance has stopped: Aspire reports a terminal state, or its process is gone.</summary>
    public static async Task WaitUntilStoppedAsync(DistributedApplication app, string instance, int pid, CancellationToken cancellationToken)
    {
        while (Directory.Exists($"/proc/{pid}") && !(app.ResourceNotifications.TryGetCurrentState(instance, out var current)
                 && current.Snapshot.State?.Text is { } state && KnownResourceStates.TerminalStates.Contains(state)))
            await Task.Delay(250, cancellationToken);
    }

    public static int ProcessIdOf(DistributedApplication app, string instance) =>
        app.ResourceNotifications.TryGetCurrentState(instance, out var current)
        && current.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
            ? Convert.ToInt32(pid, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{instance} has no process id: is it running?");

    /// <summary>
    /// Bytes the process has written with write(2) and send(2) since it started (Linux's <c>/proc/PID/io</c>
    /// <c>wchar</c>): its responses go out that way, so a replica that served nothing has written next to nothing.
    /// </summary>
    public static long BytesWritten(int pid) =>
        long.Parse(File.ReadLines($"/proc/{pid}/io").First(l => l.StartsWith("wchar:", StringComparison.Ordinal))["wchar:".Length..].Trim(),
            CultureInfo.InvariantCulture);
}
