using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace NatoAspire.Identity.Codes;

/// <summary>
/// At most one message every <see cref="CodeOptions.SendInterval"/> and <see cref="CodeOptions.MaxSendsPerWindow"/> in
/// any <see cref="CodeOptions.SendWindow"/>, per address and purpose, whether or not an account exists: the limit itself must reveal nothing.
/// </summary>
public sealed class CodeSendLimiter(IConnectionMultiplexer redis, IOptions<CodeOptions> options, TimeProvider time)
{
    // A sorted set of send times (by the caller's clock); answers 0 when granted, else milliseconds to wait.
    const string AcquireScript = """
        local now = tonumber(ARGV[1])
        local interval = tonumber(ARGV[2])
        local window = tonumber(ARGV[3])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
        if last[2] and now - tonumber(last[2]) < interval then return tonumber(last[2]) + interval - now end
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then
          local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          return tonumber(first[2]) + window - now
        end
        redis.call('ZADD', KEYS[1], now, ARGV[5])
        redis.call('PEXPIRE', KEYS[1], window)
        return 0
        """;

    readonly CodeOptions settings = options.Value;

    public async Task<SendPermit> TryAcquireAsync(string email, CodePurpose purpose)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var wait = (long)await redis.GetDatabase().ScriptEvaluateAsync(AcquireScript, [SendsKey(email, purpose)],
        [
            now,
            (long)settings.SendInterval.TotalMilliseconds,
            (long)settings.SendWindow.TotalMilliseconds,
            settings.MaxSendsPerWindow,
            $"{now}:{Guid.NewGuid():N}",
        ]);
        return wait <= 0 ? SendPermit.Allowed : new SendPermit(false, TimeSpan.FromMilliseconds(wait));
    }

    /// <summary>Forgets the sends to the address for every purpose (the account is deleted).</summary>
    public Task ForgetAsync(string email) =>
        redis.GetDatabase().KeyDeleteAsync([.. Enum.GetValues<CodePurpose>().Select(purpose => SendsKey(email, purpose))]);

    static RedisKey SendsKey(string email, CodePurpose purpose) => $"identity:send:{purpose.KeySegment()}:{email}";
}
