using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Codes;

namespace NatoAspire.Identity.Login;

/// <summary>
/// OWASP's device cookie: a client that signed in to an address once gets a token naming that client, signed for
/// that address, so that its failed sign-ins count against its own allowance and a stranger's cannot lock it out.
/// Nothing is stored: the token is a random device id and an expiry under an HMAC keyed by a secret derived from
/// <c>Codes:HmacKey</c> (so no new secret has to be deployed) and bound to the address it was issued for.
/// </summary>
public sealed class DeviceTokens(IOptions<CodeOptions> codes, IOptions<LoginThrottleOptions> options, TimeProvider time)
{
    const int IdLength = 16;
    const int ExpiryLength = sizeof(long);
    const int MacLength = 32;
    const int TokenLength = IdLength + ExpiryLength + MacLength;

    /// <summary>The longest text a device token can be; anything longer is a bad request, not an unknown device.</summary>
    public const int MaximumLength = 128;

    static readonly byte[] Purpose = "natoaspire identity login device token v1"u8.ToArray();

    readonly Lazy<byte[]> key = new(() => HKDF.DeriveKey(HashAlgorithmName.SHA256,
        Encoding.UTF8.GetBytes(codes.Value.HmacKey), MacLength, salt: [], info: Purpose));

    /// <summary>A token for <paramref name="email"/>, keeping the device id of the one presented when there was one.</summary>
    public string Issue(string email, string? deviceId = null)
    {
        var token = new byte[TokenLength];
        if (deviceId is null) RandomNumberGenerator.Fill(token.AsSpan(0, IdLength));
        else Convert.FromHexString(deviceId, token.AsSpan(0, IdLength), out _, out _);
        var expiresAt = (time.GetUtcNow() + options.Value.DeviceTokenLifetime).ToUnixTimeSeconds();
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(IdLength, ExpiryLength), expiresAt);
        Sign(email, token.AsSpan(0, IdLength + ExpiryLength), token.AsSpan(IdLength + ExpiryLength));
        return Base64UrlEncoder.Encode(token);
    }

    /// <summary>The device id of a genuine, unexpired token issued for <paramref name="email"/>; null for anything else.</summary>
    public string? DeviceOf(string email, string? presented)
    {
        if (string.IsNullOrEmpty(presented) || presented.Length > MaximumLength) return null;
        byte[] token;
        try { token = Base64UrlEncoder.DecodeBytes(presented); }
        catch (FormatException) { return null; }
        if (token.Length != TokenLength) return null;

        Span<byte> expected = stackalloc byte[MacLength];
        Sign(email, token.AsSpan(0, IdLength + ExpiryLength), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, token.AsSpan(IdLength + ExpiryLength))) return null;
        var expiresAt = BinaryPrimitives.ReadInt64BigEndian(token.AsSpan(IdLength, ExpiryLength));
        if (expiresAt <= time.GetUtcNow().ToUnixTimeSeconds()) return null;
        return Convert.ToHexStringLower(token.AsSpan(0, IdLength));
    }

    void Sign(string email, ReadOnlySpan<byte> payload, Span<byte> mac)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key.Value);
        hmac.AppendData(Encoding.UTF8.GetBytes(email));
        hmac.AppendData([0]);
        hmac.AppendData(payload);
        hmac.GetHashAndReset(mac);
    }
}
