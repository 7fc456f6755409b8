namespace NatoAspire.Benchmarks.Startup;

/// <summary>
/// CPU time of a process and everything below it, from /proc (Linux). A server behind a wrapper (PostgreSQL
/// behind sh and runuser, smtp4dev behind dotnet tool run) does its work in descendants, so the whole tree counts:
/// the living processes' own time, and the time of the children they have already reaped.
/// </summary>
static class ProcessCpu
{
    const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux we run on

    public static TimeSpan? OfTree(int rootPid)
    {
        var processes = ReadAll();
        if (!processes.ContainsKey(rootPid)) return null;
        var ticks = 0L;
        var pending = new Stack<int>([rootPid]);
        while (pending.TryPop(out var pid))
        {
            ticks += processes[pid].Ticks;
            foreach (var (child, stat) in processes)
                if (stat.ParentPid == pid) pending.Push(child);
        }
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    static Dictionary<int, (int ParentPid, long Ticks)> ReadAll()
    {
        var processes = new Dictionary<int, (int, long)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                // The command name (field 2) may hold spaces; the numeric fields start after its closing parenthesis.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // With pid and comm cut off: ppid is at 1; utime, stime, cutime, cstime at 11–14.
                var ticks = long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
                processes[pid] = (int.Parse(fields[1]), ticks);
            }
            catch (IOException) { /* the process has just ended */ }
        }
        return processes;
    }
}
