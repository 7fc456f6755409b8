using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.WholeSystem;

namespace NatoAspire.Benchmarks.Soak;

/// <summary>
/// The processes the soak reads: each replica's service process (not the <c>dotnet run</c> that launched it) and each
/// server the AppHost starts: the process of its tree holding the most memory, not counting one forked by a process
/// of its own name. That is the server itself, not the script, <c>runuser</c> or <c>dotnet tool run</c> that started
/// it (RabbitMQ's beam.smp, smtp4dev's own executable), and PostgreSQL's postmaster, not one of its per-connection
/// backends, which share its memory and come and go (the biggest of all moved from one backend to another).
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
            processes[server.Name] = ServerProcess(SystemReplicas.ProcessTree(SystemReplicas.ProcessIdOf(system.App, server.Name)));
        return processes;
    }

    static int ServerProcess(IReadOnlyCollection<int> tree)
    {
        var candidates = tree.Where(pid => Command(pid) is var name && name != "" && name != Command(Parent(pid))).ToList();
        return candidates.OrderByDescending(ResidentKiB).ThenBy(pid => pid).DefaultIfEmpty(tree.First()).First();
    }

    // Field 4 of /proc/PID/stat, after the command in parentheses.
    static int Parent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { return 0; } // the process has ended
    }

    static long ResidentKiB(int pid) => ProcessSample.Read(pid)?.ResidentKiB ?? 0;

    static string Command(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/comm").Trim(); }
        catch (IOException) { return ""; }
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
