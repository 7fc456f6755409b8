using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NatoAspire.MediaCatalog.Tests.Support;

/// <summary>Stands in for identity: an RSA key of its own, published as a JWKS, signing tokens shaped like identity's.</summary>
public sealed class TokenIssuer : IDisposable
{
    readonly RSA rsa = RSA.Create(2048);
    readonly RsaSecurityKey signingKey;

    public TokenIssuer()
    {
        signingKey = new RsaSecurityKey(rsa) { KeyId = $"test-{Guid.NewGuid():N}" };
    }

    /// <summary>The public half only, as identity's /.well-known/jwks.json serves it.</summary>
    public string JwksJson
    {
        get
        {
            var parameters = rsa.ExportParameters(includePrivateParameters: false);
            var key = new Dictionary<string, string>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = SecurityAlgorithms.RsaSha256,
                ["kid"] = signingKey.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            return JsonSerializer.Serialize(new { keys = new[] { key } });
        }
    }

    public string VerifiedUser(Guid? account = null) => Mint(account ?? Guid.NewGuid(), emailVerified: true, admin: false);

    public string UnverifiedUser() => Mint(Guid.NewGuid(), emailVerified: false, admin: false);

    public string Admin() => Mint(Guid.NewGuid(), emailVerified: true, admin: true);

    public string Mint(Guid account, bool emailVerified, bool admin, string issuer = IdentityTokens.Issuer)
    {
        var claims = new Dictionary<string, object>
        {
            [IdentityTokens.SubjectClaim] = account.ToString(),
            [IdentityTokens.EmailClaim] = $"{account:N}@example.org",
            [IdentityTokens.EmailVerifiedClaim] = emailVerified,
        };
        if (admin) claims[IdentityTokens.RoleClaim] = IdentityTokens.AdminRole;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = IdentityTokens.Audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            Expires = DateTime.UtcNow.AddMinutes(15),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => rsa.Dispose();
}
