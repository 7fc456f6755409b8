using System.Runtime.InteropServices;

namespace NatoAspire.Identity.Passwords;

/// <summary>
/// Lowers the Linux nice value of the calling thread alone (a thread is a task with its own id there), so that the
/// scheduler prefers the service's other threads and every other process of normal priority. Best effort: where it
/// cannot (another OS, a sandbox that forbids it), the thread runs at the normal priority.
/// </summary>
static class ThreadNiceness
{
    /// <summary>Ten steps below normal: a waking request thread preempts a hash at once and gets about nine times its share of a busy core.</summary>
    public const int Lowered = 10;

    const int PrioProcess = 0;

    public static void Lower()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            // With a thread id, PRIO_PROCESS names that one thread, not the whole process.
            _ = setpriority(PrioProcess, gettid(), Lowered);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    // glibc 2.30 and later.
    [DllImport("libc")]
    static extern int gettid();

    [DllImport("libc", SetLastError = true)]
    static extern int setpriority(int which, int who, int priority);
}
