using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace NatoAspire.Identity.Codes;

/// <summary>
/// Six-digit codes by address and purpose. Redis holds only an HMAC-SHA256 of the code (keyed by a server secret and
/// bound to address and purpose), its expiry by <see cref="TimeProvider"/> time and a try counter; the Redis TTL is a
/// safety net. Beside each code, two sorted sets hold the address's wrong tries of the last code lifetime and of the
/// last day. They are counted whether or not a code or an account exists, and a new code leaves them alone, so the
/// answer to a wrong try never tells whether, or when, anyone asked for a code.
/// </summary>
public sealed class OneTimeCodeStore(IConnectionMultiplexer redis, IOptions<CodeOptions> options, TimeProvider time)
{
    static readonly TimeSpan Day = TimeSpan.FromDays(1);

    const string IssueScript = """
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'h', ARGV[1], 'e', ARGV[2], 't', 0)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    // One atomic step, so that parallel tries can never all see a fresh counter. Counts the try as wrong in both sets
    // first; the consume script takes a right one back out. Answers 'right', 'wrong', 'dead' or 'daily' with a wait.
    const string TryScript = """
        local now = tonumber(ARGV[1])
        local lifetime = tonumber(ARGV[3])
        local day = tonumber(ARGV[4])
        local max_attempts = tonumber(ARGV[5])
        redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now - day)
        if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[6]) then
          local oldest = redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')
          return {'daily', tonumber(oldest[2]) + day - now}
        end
        redis.call('ZADD', KEYS[3], now, ARGV[7])
        redis.call('PEXPIRE', KEYS[3], day)
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - lifetime)
        redis.call('ZADD', KEYS[2], now, ARGV[7])
        redis.call('PEXPIRE', KEYS[2], lifetime)
        local expires = tonumber(redis.call('HGET', KEYS[1], 'e'))
        if expires and expires <= now then
          redis.call('DEL', KEYS[1])
          expires = nil
        end
        if expires then
          local tries = redis.call('HINCRBY', KEYS[1], 't', 1)
          if redis.call('HGET', KEYS[1], 'h') == ARGV[2] then
            if tries <= max_attempts then return {'right', 0} end
            return {'dead', 0}
          end
        end
        if redis.call('ZCARD', KEYS[2]) > max_attempts then return {'dead', 0} end
        return {'wrong', 0}
        """;

    // Single use: only the first of two concurrent right answers deletes the code and takes its try back.
    const string ConsumeScript = """
        if redis.call('HGET', KEYS[1], 'h') ~= ARGV[1] then return 0 end
        redis.call('DEL', KEYS[1])
        redis.call('ZREM', KEYS[2], ARGV[2])
        redis.call('ZREM', KEYS[3], ARGV[2])
        return 1
        """;

    readonly CodeOptions settings = options.Value;
    readonly byte[] hmacKey = Encoding.UTF8.GetBytes(options.Value.HmacKey);

    public TimeSpan Lifetime => settings.Lifetime;

    /// <summary>Creates a new code, replacing any earlier one for the same address and purpose.</summary>
    public async Task<IssuedCode> IssueAsync(string email, CodePurpose purpose)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var expiresAt = time.GetUtcNow() + settings.Lifetime;
        await redis.GetDatabase().ScriptEvaluateAsync(IssueScript, [CodeKey(email, purpose)],
        [
            Digest(email, purpose, code),
            expiresAt.ToUnixTimeMilliseconds(),
            (long)settings.Lifetime.TotalMilliseconds,
        ]);
        return new IssuedCode(code, expiresAt, settings.Lifetime);
    }

    /// <summary>Counts a try and, if the code is right, consumes it. The caller has checked the format.</summary>
    public async Task<CodeTry> CheckAsync(string email, CodePurpose purpose, string code)
    {
        var attempt = await MatchAsync(email, purpose, code);
        if (attempt.Outcome != CodeCheck.Valid) return attempt;
        return await ConsumeAsync(email, purpose, code, attempt) ? attempt : new CodeTry(CodeCheck.Invalid);
    }

    /// <summary>
    /// Counts a try and tells whether the code is right, without using it up: the caller consumes it with
    /// <see cref="ConsumeAsync"/> once whatever else the try needs has been checked.
    /// </summary>
    public async Task<CodeTry> MatchAsync(string email, CodePurpose purpose, string code)
    {
        var tryId = $"{time.GetUtcNow().ToUnixTimeMilliseconds()}:{Guid.NewGuid():N}";
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(TryScript, Keys(email, purpose),
        [
            time.GetUtcNow().ToUnixTimeMilliseconds(),
            Digest(email, purpose, code),
            (long)settings.Lifetime.TotalMilliseconds,
            (long)Day.TotalMilliseconds,
            settings.MaxWrongTriesPerCode,
            settings.MaxWrongTriesPerDay,
            tryId,
        ]))!;
        return (string?)result[0] switch
        {
            "right" => new CodeTry(CodeCheck.Valid) { TryId = tryId },
            "daily" => new CodeTry(CodeCheck.AttemptsExceeded, TimeSpan.FromMilliseconds(Math.Max(1, (long)result[1]))),
            "dead" => new CodeTry(CodeCheck.AttemptsExceeded),
            _ => new CodeTry(CodeCheck.Invalid),
        };
    }

    /// <summary>Uses up a code that <see cref="MatchAsync"/> found right; false if a concurrent try used it first.</summary>
    public async Task<bool> ConsumeAsync(string email, CodePurpose purpose, string code, CodeTry match)
    {
        if (match.Outcome != CodeCheck.Valid) return false;
        var consumed = (long)await redis.GetDatabase().ScriptEvaluateAsync(ConsumeScript, Keys(email, purpose),
            [Digest(email, purpose, code), match.TryId]);
        return consumed == 1;
    }

    byte[] Digest(string email, CodePurpose purpose, string code) =>
        HMACSHA256.HashData(hmacKey, Encoding.UTF8.GetBytes($"{purpose.KeySegment()}\n{email}\n{code}"));

    /// <summary>Drops every code of the address, and its try counters, for every purpose (the account is deleted).</summary>
    public Task ForgetAsync(string email) =>
        redis.GetDatabase().KeyDeleteAsync([.. Enum.GetValues<CodePurpose>().SelectMany(purpose => Keys(email, purpose))]);

    static RedisKey CodeKey(string email, CodePurpose purpose) => $"identity:code:{purpose.KeySegment()}:{email}";

    static RedisKey[] Keys(string email, CodePurpose purpose) =>
    [
        CodeKey(email, purpose),
        $"identity:code-tries:{purpose.KeySegment()}:{email}",
        $"identity:code-tries-day:{purpose.KeySegment()}:{email}",
    ];
}
