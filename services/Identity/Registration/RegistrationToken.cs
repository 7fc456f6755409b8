using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace NatoAspire.Identity.Registration;

/// <summary>The opaque name of one registration attempt: 256 random bits, stored only as their SHA-256.</summary>
public sealed record RegistrationToken(string Value)
{
    /// <summary>Longer than any token this service hands out; anything longer is refused as malformed.</summary>
    public const int MaximumLength = 256;

    public static RegistrationToken Create() => new(Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)));

    public byte[] Hash => HashOf(Value);

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public override string ToString() => "RegistrationToken { ****** }";
}
