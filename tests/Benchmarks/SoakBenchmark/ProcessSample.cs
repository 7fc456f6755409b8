using System.Globalization;

namespace NatoAspire.Benchmarks.Soak;

/// <summary>
/// One process's resident memory and thread count at one moment, read from <c>/proc/PID/status</c>. Resident memory is
/// also split as the kernel counts it: anonymous pages (the GC's heap, the native allocator's), file-backed ones (the
/// runtime's and the assemblies' mapped images, read in as code paths first run, shared with every process mapping
/// them) and shared memory (where .NET writes the code it compiles, mapped twice so that no page is both writable and
/// executable). A leak of objects shows in the first; the other two grow as a process runs more of its code.
/// </summary>
public sealed record ProcessSample(long ResidentKiB, long AnonymousKiB, long FileKiB, long SharedKiB, int Threads)
{
    public static ProcessSample? Read(int pid)
    {
        try
        {
            var fields = File.ReadLines($"/proc/{pid}/status")
                .Select(line => line.Split(':', 2))
                .Where(parts => parts.Length == 2)
                .ToDictionary(parts => parts[0], parts => parts[1].Trim().Split(' ')[0], StringComparer.Ordinal);
            return fields.TryGetValue("VmRSS", out var resident) && fields.TryGetValue("Threads", out var threads)
                ? new ProcessSample(Number(resident), Number(fields.GetValueOrDefault("RssAnon", "0")),
                    Number(fields.GetValueOrDefault("RssFile", "0")), Number(fields.GetValueOrDefault("RssShmem", "0")), (int)Number(threads))
                : null;
        }
        catch (IOException) { return null; } // the process has ended
    }

    /// <summary>"289.6 MiB (anonymous 110.7, files 103.8, shared 75.1), 29 threads"</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture,
        $"{ResidentKiB / 1024.0:0.0} MiB (anonymous {AnonymousKiB / 1024.0:0.0}, files {FileKiB / 1024.0:0.0}, shared {SharedKiB / 1024.0:0.0}), {Threads} threads");

    static long Number(string value) => long.Parse(value, CultureInfo.InvariantCulture);
}
