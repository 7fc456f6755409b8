using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace NatoAspire.Identity.Codes;

/// <summary>
/// Six-digit codes by address and purpose. Redis holds only an HMAC-SHA256 of the code (keyed by a server secret and
/// bound to address and purpose), its expiry by <see cref="TimeProvider"/> time and a try counter; the Redis TTL is a
/// safety net. Tries are counted even where no code exists, so an unknown address behaves exactly like a known one.
/// </summary>
public sealed class OneTimeCodeStore(IConnectionMultiplexer redis, IOptions<CodeOptions> options, TimeProvider time)
{
    const string IssueScript = """
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'h', ARGV[1], 'e', ARGV[2], 't', 0)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    // Drops an entry that expired by the caller's clock, starts a code-less counter where none exists, counts the try.
    const string TryScript = """
        local now = tonumber(ARGV[1])
        local expires = tonumber(redis.call('HGET', KEYS[1], 'e'))
        if expires and expires <= now then
          redis.call('DEL', KEYS[1])
          expires = nil
        end
        if not expires then
          redis.call('HSET', KEYS[1], 'e', now + tonumber(ARGV[2]))
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        local tries = redis.call('HINCRBY', KEYS[1], 't', 1)
        return {tries, redis.call('HGET', KEYS[1], 'h')}
        """;

    // Single use: only the first of two concurrent right answers deletes the entry.
    const string ConsumeScript = """
        if redis.call('HGET', KEYS[1], 'h') == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    readonly CodeOptions settings = options.Value;
    readonly byte[] hmacKey = Encoding.UTF8.GetBytes(options.Value.HmacKey);

    public TimeSpan Lifetime => settings.Lifetime;

    /// <summary>Creates a new code, replacing any earlier one for the same address and purpose.</summary>
    public async Task<IssuedCode> IssueAsync(string email, CodePurpose purpose)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var expiresAt = time.GetUtcNow() + settings.Lifetime;
        await redis.GetDatabase().ScriptEvaluateAsync(IssueScript, [Key(email, purpose)],
        [
            Digest(email, purpose, code),
            expiresAt.ToUnixTimeMilliseconds(),
            (long)settings.Lifetime.TotalMilliseconds,
        ]);
        return new IssuedCode(code, expiresAt);
    }

    /// <summary>Counts a try and, if the code is right, consumes it. The caller has checked the format.</summary>
    public async Task<CodeCheck> CheckAsync(string email, CodePurpose purpose, string code)
    {
        var database = redis.GetDatabase();
        var key = Key(email, purpose);
        var result = (RedisResult[])(await database.ScriptEvaluateAsync(TryScript, [key],
            [time.GetUtcNow().ToUnixTimeMilliseconds(), (long)settings.Lifetime.TotalMilliseconds]))!;
        var tries = (long)result[0];
        if (tries > settings.MaxAttempts) return CodeCheck.AttemptsExceeded;

        var stored = result.Length > 1 && !result[1].IsNull ? (byte[]?)result[1] : null;
        var offered = Digest(email, purpose, code);
        if (stored is null || !CryptographicOperations.FixedTimeEquals(stored, offered)) return CodeCheck.Invalid;

        var consumed = (long)await database.ScriptEvaluateAsync(ConsumeScript, [key], [offered]);
        return consumed == 1 ? CodeCheck.Valid : CodeCheck.Invalid;
    }

    byte[] Digest(string email, CodePurpose purpose, string code) =>
        HMACSHA256.HashData(hmacKey, Encoding.UTF8.GetBytes($"{purpose.KeySegment()}\n{email}\n{code}"));

    static RedisKey Key(string email, CodePurpose purpose) => $"identity:code:{purpose.KeySegment()}:{email}";
}
