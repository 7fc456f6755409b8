using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.WholeSystem;

namespace NatoAspire.Benchmarks.Soak;

/// <summary>
/// The processes the soak reads: each replica's service process (not the <c>dotnet run</c> that launched it) and each
/// server the AppHost starts: the oldest process of its tree that is not the shell script that started it, which is
/// the server itself (PostgreSQL's postmaster, not its per-connection backends, which share its memory and come and
/// go: the process holding the most memory, read before, moved from one backend to another between samples).
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
        var started = tree.Select(pid => (Pid: pid, Start: StartTicks(pid), Name: Command(pid))).Where(p => p.Start is not null).ToList();
        var servers = started.Where(p => p.Name is not ("sh" or "bash" or "dash")).ToList();
        return (servers.Count > 0 ? servers : started).OrderBy(p => p.Start).ThenBy(p => p.Pid).Select(p => p.Pid).FirstOrDefault(tree.First());
    }

    // Field 22 of /proc/PID/stat, after the command in parentheses: when the process started, in clock ticks since boot.
    static long? StartTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException) { return null; } // the process has ended
    }

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
