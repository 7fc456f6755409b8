using Microsoft.Extensions.Options;
using NatoAspire.Identity.Passwords;
using StackExchange.Redis;

namespace NatoAspire.Identity.Login;

/// <summary>
/// Failed sign-ins in the last <see cref="LoginThrottleOptions.FailureWindow"/>, per bucket: one for the untrusted
/// clients of an address (known or not), one for each trusted device of it. After a few free failures each one doubles
/// the wait before the next try, up to a few minutes, under a ceiling of failures per window; nothing ever locks an
/// account for good.
/// A try is counted as a failure the moment it is allowed, in the same script that checks the wait, so parallel
/// tries cannot all pass one check; a success takes its own try back.
/// </summary>
public sealed class LoginThrottle(IConnectionMultiplexer redis, IOptions<LoginThrottleOptions> options, TimeProvider time)
{
    // Answers 0 when the try is allowed (and recorded as ARGV[6]), else the milliseconds to wait.
    const string TryScript = """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local failures = redis.call('ZCARD', KEYS[1])
        if failures >= tonumber(ARGV[5]) then
          local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          return math.max(1, tonumber(first[2]) + window - now)
        end
        local free = tonumber(ARGV[3])
        if failures >= free then
          local delay = math.min(1000 * math.pow(2, failures - free), tonumber(ARGV[4]))
          local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
          local wait = tonumber(last[2]) + delay - now
          if wait > 0 then return wait end
        end
        redis.call('ZADD', KEYS[1], now, ARGV[6])
        redis.call('PEXPIRE', KEYS[1], window)
        return 0
        """;

    readonly LoginThrottleOptions settings = options.Value;

    /// <summary>Counts a try against the bucket if its wait is over, or answers how long is left to wait.</summary>
    public async Task<LoginTry> TryAsync(LoginBucket bucket)
    {
        var attempt = Guid.NewGuid().ToString("N");
        var wait = (long)await redis.GetDatabase().ScriptEvaluateAsync(TryScript, [bucket.Key],
        [
            time.GetUtcNow().ToUnixTimeMilliseconds(),
            (long)settings.FailureWindow.TotalMilliseconds,
            settings.FreeFailures,
            (long)settings.MaxDelay.TotalMilliseconds,
            settings.MaxFailuresPerWindow,
            attempt,
        ]);
        return wait <= 0 ? new LoginTry(bucket, attempt, TimeSpan.Zero) : new LoginTry(bucket, null, TimeSpan.FromMilliseconds(wait));
    }

    /// <summary>
    /// The try was right. A trusted device starts afresh; the untrusted bucket only forgets this try, so that the
    /// owner signing in now and then does not hand a stranger a new allowance.
    /// </summary>
    public Task SucceededAsync(LoginTry attempt)
    {
        var database = redis.GetDatabase();
        return attempt.Bucket.IsDevice
            ? database.KeyDeleteAsync(attempt.Bucket.Key)
            : database.SortedSetRemoveAsync(attempt.Bucket.Key, attempt.Attempt);
    }

    /// <summary>
    /// Runs the password check of an allowed try. A check that never ran because every hashing thread was busy
    /// (<see cref="HashingBusyException"/>, answered 503) takes its try back, whatever its bucket: it is the
    /// service's failure, not the client's.
    /// </summary>
    public async Task<T> CheckAsync<T>(LoginTry attempt, Func<Task<T>> check)
    {
        try
        {
            return await check();
        }
        catch (HashingBusyException)
        {
            await redis.GetDatabase().SortedSetRemoveAsync(attempt.Bucket.Key, attempt.Attempt);
            throw;
        }
    }

    /// <summary>Forgets every failure at the address, from every client (after a password reset).</summary>
    public Task ResetAsync(string email) => redis.GetDatabase().KeyDeleteAsync(LoginBucket.Untrusted(email).Key);
}

/// <summary>A try that was counted (<see cref="Attempt"/> set) or refused for <see cref="RetryAfter"/>.</summary>
public sealed record LoginTry(LoginBucket Bucket, string? Attempt, TimeSpan RetryAfter)
{
    public bool Allowed => Attempt is not null;
}
