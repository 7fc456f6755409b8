namespace NatoAspire.Benchmarks.Startup;

/// <summary>CPU time a process and its children that it has waited for have used, from /proc (Linux).</summary>
static class ProcessCpu
{
    static readonly double TicksPerSecond = 100; // USER_HZ, 100 on every Linux we run on

    public static TimeSpan? Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name (field 2) may hold spaces; the numeric fields start after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14–17 of stat (utime, stime, cutime, cstime) are at 11–14 once pid and comm are cut off.
            var ticks = long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
