using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace NatoAspire.Identity.Passwords;

/// <summary>
/// The threads that hash passwords: a few of the service's own (one per core by default), at a lower OS priority than
/// the threads that serve requests, fed by a bounded queue. PBKDF2 is nearly all of a login's work. Run on the thread
/// pool, a burst of logins held every pool thread for a hash each, and cheap requests (a code check, a health probe)
/// queued behind them for a second and more; here a hash waits for its turn, and the scheduler gives the CPU to the
/// request threads first. A full queue refuses at once (<see cref="HashingBusyException"/>): a burst beyond what the
/// cores can hash in a couple of seconds gets 503s to retry, not a wait without end.
/// </summary>
public sealed class HashingThreads : IDisposable
{
    readonly BlockingCollection<IHashingWork> queue;
    readonly Thread[] threads;

    public HashingThreads(IOptions<PasswordOptions> options)
    {
        var settings = options.Value;
        queue = new BlockingCollection<IHashingWork>(new ConcurrentQueue<IHashingWork>(), settings.HashingQueueLength);
        threads = [.. Enumerable.Range(0, settings.HashingThreads).Select(n => new Thread(Work)
        {
            Name = $"password-hashing-{n}",
            IsBackground = true,
            // Honoured on Windows; Linux ignores it, so each thread also lowers its own nice value (ThreadNiceness).
            Priority = ThreadPriority.BelowNormal,
        })];
        foreach (var thread in threads) thread.Start();
    }

    /// <summary>Runs <paramref name="hash"/> on one of the hashing threads and completes with its result.</summary>
    /// <exception cref="HashingBusyException">Every thread is busy and the queue is full.</exception>
    public Task<T> RunAsync<T>(Func<T> hash, CancellationToken cancellationToken = default)
    {
        var work = new HashingWork<T>(hash, cancellationToken);
        if (!queue.TryAdd(work)) throw new HashingBusyException();
        return work.Task;
    }

    void Work()
    {
        ThreadNiceness.Lower();
        foreach (var work in queue.GetConsumingEnumerable()) work.Run();
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        foreach (var thread in threads) thread.Join(TimeSpan.FromSeconds(5));
        queue.Dispose();
    }

    interface IHashingWork
    {
        void Run();
    }

    // Continuations run asynchronously: the request goes on on the thread pool, never on a low-priority hashing thread.
    sealed class HashingWork<T>(Func<T> hash, CancellationToken cancellationToken)
        : TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously), IHashingWork
    {
        public void Run()
        {
            // A request that went away while its hash waited needs no hash.
            if (cancellationToken.IsCancellationRequested) { TrySetCanceled(cancellationToken); return; }
            try { TrySetResult(hash()); }
            catch (Exception exception) { TrySetException(exception); }
        }
    }
}

/// <summary>The hashing queue is full: the request is answered 503 with <c>Retry-After</c> (<see cref="HashingBusyHandler"/>).</summary>
public sealed class HashingBusyException() : Exception("Every password-hashing thread is busy and the hashing queue is full.");
