using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace NatoAspire.Gateway.RateLimiting;

/// <summary>
/// One client's fixed window counted in Redis a block at a time: a gateway takes <c>blockSize</c> permits with one
/// INCRBY and hands them out itself, so that only one request in a block waits on Redis and the others cost a lock.
/// A permit taken counts as spent for every replica, so the shared limit is never passed; at worst a client is refused
/// (blockSize − 1) × replicas requests early. Once the window is spent, refusals need no Redis either. While Redis
/// fails, <paramref name="local"/> counts, as in <see cref="FailOpenRateLimiter"/>.
/// </summary>
sealed class BlockReservingRateLimiter(
    string key, int permitLimit, TimeSpan window, int blockSize, RateLimiter local, SharedRateLimitCounters counters, TimeProvider time)
    : RateLimiter
{
    // INCRBY, and the key's lifetime set by whoever opened the window.
    const string Reserve = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        if count == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return count
        """;

    readonly Lock state = new();
    readonly SemaphoreSlim reserving = new(1, 1);
    long currentWindow = -1;
    int available;
    bool spent;
    long lastUsed = time.GetTimestamp();

    public override TimeSpan? IdleDuration => time.GetElapsedTime(Volatile.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    // The common case: a permit of this gateway's block, or a refusal of a spent window, without waiting.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        TryLocally(permitCount, Window()) ?? Lease.NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        await reserving.WaitAsync(cancellationToken);
        try
        {
            // Another request may have reserved a block while this one waited.
            var windowNumber = Window();
            if (TryLocally(permitCount, windowNumber) is { } lease) return lease;

            int granted;
            try
            {
                var count = (long)await counters.Redis.GetDatabase().ScriptEvaluateAsync(Reserve,
                    [(RedisKey)$"{key}:{windowNumber}"], [blockSize, (long)window.TotalMilliseconds + 1000]);
                counters.Answered();
                granted = (int)Math.Clamp(permitLimit - (count - blockSize), 0, blockSize);
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                counters.Unreachable(exception);
                return await local.AcquireAsync(permitCount, cancellationToken);
            }

            lock (state)
            {
                currentWindow = windowNumber;
                available = Math.Max(granted - permitCount, 0);
                spent = granted < permitCount;
            }
            return spent ? Refused(windowNumber) : Lease.Granted;
        }
        finally
        {
            reserving.Release();
        }
    }

    RateLimitLease? TryLocally(int permitCount, long windowNumber)
    {
        Volatile.Write(ref lastUsed, time.GetTimestamp());
        lock (state)
        {
            if (windowNumber != currentWindow) return null;
            if (spent) return Refused(windowNumber);
            if (available < permitCount) return null;
            available -= permitCount;
            return Lease.Granted;
        }
    }

    long Window() => time.GetUtcNow().ToUnixTimeMilliseconds() / (long)window.TotalMilliseconds;

    RateLimitLease Refused(long windowNumber)
    {
        var ends = DateTimeOffset.FromUnixTimeMilliseconds((windowNumber + 1) * (long)window.TotalMilliseconds);
        var wait = ends - time.GetUtcNow();
        return new Lease(false, TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds))));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            local.Dispose();
            reserving.Dispose();
        }
        base.Dispose(disposing);
    }

    sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease NotYet = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
