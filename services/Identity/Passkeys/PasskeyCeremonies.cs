using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace NatoAspire.Identity.Passkeys;

/// <summary>
/// The options of each ceremony in flight, in Redis under a hash of its challenge, so that any replica can finish what
/// another began. The browser sends the challenge back inside the signed client data, which is how the answer finds
/// its options; taking them deletes them (GETDEL), so a challenge is answered once, and they expire unanswered after
/// <see cref="PasskeyOptions.CeremonyLifetime"/>.
/// </summary>
public sealed class PasskeyCeremonies(IConnectionMultiplexer redis, IOptions<PasskeyOptions> options)
{
    // A challenge is 32 random bytes (43 characters of base64url); anything much longer is none of ours.
    const int MaxChallengeLength = 128;

    public Task StartAsync(Ceremony ceremony, byte[] challenge, Guid? accountId, string optionsJson) =>
        redis.GetDatabase().StringSetAsync(Key(ceremony, Base64Url.EncodeToString(challenge)),
            JsonSerializer.Serialize(new Pending(accountId, optionsJson)), options.Value.CeremonyLifetime);

    /// <summary>The pending ceremony that <paramref name="clientDataJson"/> answers, removed; null when there is none.</summary>
    public async Task<Pending?> TakeAsync(Ceremony ceremony, byte[]? clientDataJson)
    {
        if (ChallengeOf(clientDataJson) is not { } challenge) return null;
        var stored = await redis.GetDatabase().StringGetDeleteAsync(Key(ceremony, challenge));
        return stored.IsNullOrEmpty ? null : JsonSerializer.Deserialize<Pending>(stored.ToString());
    }

    static string? ChallengeOf(byte[]? clientDataJson)
    {
        if (clientDataJson is not { Length: > 0 }) return null;
        try
        {
            using var document = JsonDocument.Parse(clientDataJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("challenge", out var challenge)
                && challenge.ValueKind == JsonValueKind.String
                && challenge.GetString() is { Length: > 0 and <= MaxChallengeLength } text
                ? text
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static RedisKey Key(Ceremony ceremony, string challenge) =>
        $"identity:passkeys:{ceremony.ToString().ToLowerInvariant()}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(challenge)))}";

    /// <param name="AccountId">The account a registration is for; null for a sign-in, which names no one until it is answered.</param>
    /// <param name="OptionsJson">The options as the browser got them, which the answer is checked against.</param>
    public sealed record Pending(Guid? AccountId, string OptionsJson);
}

public enum Ceremony
{
    Registration,
    SignIn,
}
