using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Tokens;
using StackExchange.Redis;

namespace NatoAspire.Identity.PasswordReset;

/// <summary>
/// The single-use token that a correct reset code buys: 256 random bits, kept in Redis only as SHA-256, with its
/// expiry by <see cref="TimeProvider"/> time beside the account it may reset. Each account's outstanding tokens are
/// listed together, so that taking one (the reset it starts is the account's) revokes all the others at once.
/// </summary>
public sealed class ResetTokenStore(IConnectionMultiplexer redis, IOptions<TokenOptions> options, TimeProvider time)
{
    const string TokenPrefix = "identity:reset-token:";
    const string AccountPrefix = "identity:reset-tokens-of:";

    const string IssueScript = """
        redis.call('HSET', KEYS[1], 'a', ARGV[1], 'e', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('SADD', KEYS[2], KEYS[1])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        """;

    // The account's list is named from the token's own contents, so its key cannot be passed in: fine on one Redis
    // (or one cluster slot), which is how identity uses it.
    const string TakeScript = """
        local value = redis.call('HMGET', KEYS[1], 'a', 'e')
        redis.call('DEL', KEYS[1])
        if not value[1] or not value[2] or tonumber(value[2]) <= tonumber(ARGV[2]) then return false end
        local others = ARGV[1] .. value[1]
        for _, key in ipairs(redis.call('SMEMBERS', others)) do redis.call('DEL', key) end
        redis.call('DEL', others)
        return value[1]
        """;

    public TimeSpan Lifetime => options.Value.ResetTokenLifetime;

    public async Task<string> IssueAsync(Guid accountId)
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        var expiresAt = time.GetUtcNow() + Lifetime;
        await redis.GetDatabase().ScriptEvaluateAsync(IssueScript,
            [Key(secret), (RedisKey)$"{AccountPrefix}{accountId}"],
            [accountId.ToString(), expiresAt.ToUnixTimeMilliseconds(), (long)Lifetime.TotalMilliseconds]);
        return Base64UrlEncoder.Encode(secret);
    }

    /// <summary>Whether the token may still be there to take (its expiry is checked when it is taken).</summary>
    public Task<bool> ExistsAsync(string token) =>
        SecretOf(token) is { } secret ? redis.GetDatabase().KeyExistsAsync(Key(secret)) : Task.FromResult(false);

    /// <summary>
    /// The account the token was issued for, or null; either way the token is used up, and a live one takes the
    /// account's other tokens with it.
    /// </summary>
    public async Task<Guid?> TakeAsync(string token)
    {
        if (SecretOf(token) is not { } secret) return null;
        var taken = await redis.GetDatabase().ScriptEvaluateAsync(TakeScript, [Key(secret)],
            [AccountPrefix, time.GetUtcNow().ToUnixTimeMilliseconds()]);
        return !taken.IsNull && Guid.TryParse((string?)taken, out var accountId) ? accountId : null;
    }

    static byte[]? SecretOf(string token)
    {
        if (token.Length != 43) return null;
        byte[] secret;
        try { secret = Base64UrlEncoder.DecodeBytes(token); }
        catch (FormatException) { return null; }
        return secret.Length == 32 ? secret : null;
    }

    static RedisKey Key(byte[] secret) => $"{TokenPrefix}{Convert.ToHexStringLower(SHA256.HashData(secret))}";
}
