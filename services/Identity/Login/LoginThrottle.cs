using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace NatoAspire.Identity.Login;

/// <summary>
/// Failed logins per address (known or not) in the last hour. After a few free failures each one doubles the wait
/// before the next try, up to a few minutes; nothing ever locks an account for good.
/// </summary>
public sealed class LoginThrottle(IConnectionMultiplexer redis, IOptions<LoginThrottleOptions> options, TimeProvider time)
{
    static readonly TimeSpan Window = TimeSpan.FromHours(1);

    // Answers 0 when a try is allowed now, else milliseconds to wait.
    const string WaitScript = """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local failures = redis.call('ZCARD', KEYS[1])
        if failures >= tonumber(ARGV[5]) then
          local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          return tonumber(first[2]) + window - now
        end
        local free = tonumber(ARGV[3])
        if failures < free then return 0 end
        local delay = math.min(1000 * math.pow(2, failures - free), tonumber(ARGV[4]))
        local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
        local wait = tonumber(last[2]) + delay - now
        if wait > 0 then return wait end
        return 0
        """;

    readonly LoginThrottleOptions settings = options.Value;

    public async Task<TimeSpan> WaitBeforeNextTryAsync(string email)
    {
        var wait = (long)await redis.GetDatabase().ScriptEvaluateAsync(WaitScript, [Key(email)],
        [
            time.GetUtcNow().ToUnixTimeMilliseconds(),
            (long)Window.TotalMilliseconds,
            settings.FreeFailures,
            (long)settings.MaxDelay.TotalMilliseconds,
            settings.MaxFailuresPerHour,
        ]);
        return wait <= 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(wait);
    }

    public async Task RecordFailureAsync(string email)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var database = redis.GetDatabase();
        var key = Key(email);
        await database.SortedSetAddAsync(key, $"{now}:{Guid.NewGuid():N}", now);
        await database.KeyExpireAsync(key, Window);
    }

    public Task ResetAsync(string email) => redis.GetDatabase().KeyDeleteAsync(Key(email));

    static RedisKey Key(string email) => $"identity:login-failures:{email}";
}
