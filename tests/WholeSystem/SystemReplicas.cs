using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.WholeSystem;

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
    /// The service's own process of one instance: Aspire's process id is that of <c>dotnet run</c> when it launches the
    /// project so, with the service its child. A crash is the service's process dying; killing the launcher instead
    /// would leave the service running, orphaned, on its port.
    /// </summary>
    public static int ServiceProcessIdOf(DistributedApplication app, string instance)
    {
        var root = ProcessIdOf(app, instance);
        return ProcessTree(root).Where(pid => pid != root).FirstOrDefault(pid => !IsDotnetHost(pid), root);
    }

    static bool IsDotnetHost(int pid)
    {
        try { return Path.GetFileName(File.ReadAllText($"/proc/{pid}/cmdline").Split('\0')[0]) == "dotnet"; }
        catch (IOException) { return true; }
    }

    /// <summary>
    /// What each established TCP connection of the process (and its descendants) has sent so far (<c>ss -tnpi</c>, from the kernel's
    /// tcp_info), by connection. A replica's answers leave through these, so one that served nothing sent next to
    /// nothing between two readings: <see cref="SentSince"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, long> BytesSentByConnection(int pid)
    {
        var tree = ProcessTree(pid);
        var start = new System.Diagnostics.ProcessStartInfo("ss", ["-tnpiH", "state", "established"]) { RedirectStandardOutput = true };
        using var ss = System.Diagnostics.Process.Start(start)!;
        var lines = ss.StandardOutput.ReadToEnd().Split('\n');
        ss.WaitForExit();
        var sent = new Dictionary<string, long>();
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (!tree.Any(p => lines[i].Contains($"pid={p},", StringComparison.Ordinal))) continue;
            var connection = string.Join(' ', lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries)[2..4]);
            var field = lines[i + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(f => f.StartsWith("bytes_sent:", StringComparison.Ordinal));
            sent[connection] = field is null ? 0 : long.Parse(field["bytes_sent:".Length..], CultureInfo.InvariantCulture);
        }
        return sent;
    }

    /// <summary>The process and its descendants: Aspire's process id may be a launcher's, with the service below it.</summary>
    public static HashSet<int> ProcessTree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                parents[pid] = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException) { /* the process has just ended */ }
        }
        var tree = new HashSet<int> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents)
                if (tree.Contains(parent) && tree.Add(pid)) grew = true;
        }
        return tree;
    }

    /// <summary>Bytes the process sent between <paramref name="before"/> and now, over connections old and new.</summary>
    public static long SentSince(int pid, IReadOnlyDictionary<string, long> before) =>
        BytesSentByConnection(pid).Sum(c => c.Value - Math.Min(c.Value, before.GetValueOrDefault(c.Key)));
}
