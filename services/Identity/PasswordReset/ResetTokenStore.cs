using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Tokens;
using StackExchange.Redis;

namespace NatoAspire.Identity.PasswordReset;

/// <summary>
/// The single-use token that a correct reset code buys: 256 random bits, kept in Redis only as SHA-256, with its
/// expiry by <see cref="TimeProvider"/> time beside the account it may reset.
/// </summary>
public sealed class ResetTokenStore(IConnectionMultiplexer redis, IOptions<TokenOptions> options, TimeProvider time)
{
    const string TakeScript = """
        local value = redis.call('HMGET', KEYS[1], 'a', 'e')
        redis.call('DEL', KEYS[1])
        return value
        """;

    public TimeSpan Lifetime => options.Value.ResetTokenLifetime;

    public async Task<string> IssueAsync(Guid accountId)
    {
        var secret = RandomNumberGenerator.GetBytes(32);
        var key = Key(secret);
        var expiresAt = time.GetUtcNow() + Lifetime;
        var database = redis.GetDatabase();
        await database.HashSetAsync(key, [new("a", accountId.ToString()), new("e", expiresAt.ToUnixTimeMilliseconds())]);
        await database.KeyExpireAsync(key, Lifetime);
        return Base64UrlEncoder.Encode(secret);
    }

    /// <summary>The account the token was issued for, or null; either way the token is used up.</summary>
    public async Task<Guid?> TakeAsync(string token)
    {
        if (token.Length != 43) return null;
        byte[] secret;
        try { secret = Base64UrlEncoder.DecodeBytes(token); }
        catch (FormatException) { return null; }
        if (secret.Length != 32) return null;

        var value = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(TakeScript, [Key(secret)]))!;
        if (value[0].IsNull || value[1].IsNull) return null;
        if ((long)value[1] <= time.GetUtcNow().ToUnixTimeMilliseconds()) return null;
        return Guid.TryParse((string?)value[0], out var accountId) ? accountId : null;
    }

    static RedisKey Key(byte[] secret) => $"identity:reset-token:{Convert.ToHexStringLower(SHA256.HashData(secret))}";
}
