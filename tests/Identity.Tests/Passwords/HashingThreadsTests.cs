using Microsoft.Extensions.Options;
using NatoAspire.Identity.Passwords;

namespace NatoAspire.Identity.Tests.Passwords;

public sealed class HashingThreadsTests
{
    [Fact]
    public async Task A_full_queue_refuses_at_once_and_what_it_took_still_runs()
    {
        using var threads = Threads(count: 1, queueLength: 1);
        using var gate = new ManualResetEventSlim();

        var running = threads.RunAsync(() => gate.Wait(TimeSpan.FromSeconds(30)));
        var waiting = await WhenQueuedAsync(threads, () => 42);

        // Refused where it is asked, not in a task: nothing waits for a hash that will never run.
        Assert.Throws<HashingBusyException>(() => { _ = threads.RunAsync(() => 0); });
        gate.Set();
        Assert.True(await running);
        Assert.Equal(42, await waiting);
        Assert.Equal(7, await threads.RunAsync(() => 7));
    }

    [Fact]
    public async Task The_work_runs_on_a_lowered_thread_and_the_caller_goes_on_elsewhere()
    {
        using var threads = Threads(count: 1, queueLength: 4);

        var (name, nice) = await threads.RunAsync(() => (Thread.CurrentThread.Name, NiceOfThisThread()));

        Assert.StartsWith("password-hashing-", name);
        if (OperatingSystem.IsLinux()) Assert.Equal(10, nice);
        Assert.False(Thread.CurrentThread.Name?.StartsWith("password-hashing-") == true, "the caller continued on the hashing thread");
    }

    static HashingThreads Threads(int count, int queueLength) =>
        new(Options.Create(new PasswordOptions { HashingThreads = count, HashingQueueLength = queueLength }));

    // The first work item is taken off the queue as soon as the thread is free: wait until the queue holds the second.
    static async Task<Task<int>> WhenQueuedAsync(HashingThreads threads, Func<int> work)
    {
        for (var i = 0; i < 100; i++)
        {
            try { return threads.RunAsync(work); }
            catch (HashingBusyException) { await Task.Delay(10); }
        }
        throw new TimeoutException("The hashing queue never had room.");
    }

    // Field 19 of /proc/thread-self/stat, counted after the command name's closing parenthesis.
    static int? NiceOfThisThread() =>
        OperatingSystem.IsLinux() ? int.Parse(File.ReadAllText("/proc/thread-self/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[16]) : null;
}
