using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.WholeSystem;

namespace NatoAspire.Benchmarks.Soak;

/// <summary>
/// The processes the soak reads: each replica's service process (not the <c>dotnet run</c> that launched it) and each
/// server the AppHost starts: the process of its tree that holds the most memory, since a server is started through a
/// script (PostgreSQL's per-connection backends are not added in: they share its memory and come and go).
/// </summary>
public static class WatchedProcesses
{
    public static IReadOnlyDictionary<string, int> Of(SystemFixture system)
    {
        var processes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var instance in system.Instances.Values.SelectMany(i => i))
            processes[instance] = SystemReplicas.ServiceProcessIdOf(system.App, instance);
        var servers = system.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ExecutableResource>();
        // Only those running: Aspire also models executables of its own that run on demand (a project's rebuilder).
        foreach (var server in servers.Where(s => IsRunning(system, s.Name)))
            processes[server.Name] = SystemReplicas.ProcessTree(SystemReplicas.ProcessIdOf(system.App, server.Name))
                .MaxBy(pid => ProcessSample.Read(pid)?.ResidentKiB ?? 0);
        return processes;
    }

    static bool IsRunning(SystemFixture system, string resource) =>
        system.App.ResourceNotifications.TryGetCurrentState(resource, out var current)
        && current.Snapshot.State?.Text == KnownResourceStates.Running;

    /// <summary>A name the report can print: a replica's instance suffix shortened to tell the two apart.</summary>
    public static string Label(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> instances)
    {
        foreach (var (resource, replicas) in instances)
        {
            var index = replicas.ToList().IndexOf(name);
            if (index >= 0) return replicas.Count == 1 ? resource : $"{resource} #{index + 1}";
        }
        return name;
    }
}
