using System.Globalization;

namespace NatoAspire.Benchmarks.Soak;

/// <summary>One process's resident memory and thread count at one moment, read from <c>/proc/PID/status</c>.</summary>
public sealed record ProcessSample(long ResidentKiB, int Threads)
{
    public static ProcessSample? Read(int pid)
    {
        try
        {
            long? resident = null;
            int? threads = null;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) resident = long.Parse(Value(line), CultureInfo.InvariantCulture);
                else if (line.StartsWith("Threads:", StringComparison.Ordinal)) threads = int.Parse(Value(line), CultureInfo.InvariantCulture);
            }
            return resident is { } kib && threads is { } count ? new ProcessSample(kib, count) : null;
        }
        catch (IOException) { return null; } // the process has ended
    }

    // "VmRSS:\t  123456 kB" → "123456"
    static string Value(string line) => line[(line.IndexOf(':') + 1)..].Trim().Split(' ')[0];
}
