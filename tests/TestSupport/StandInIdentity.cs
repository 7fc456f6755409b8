using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NatoAspire.TestSupport;

/// <summary>
/// Stands in for identity in the tests of services that only validate its tokens: an RSA key of its own,
/// its public half served as a JWKS by a real HTTP endpoint on a free loopback port, and access tokens
/// signed with it in identity's shape (issuer, audience, kid, sub, email, email_verified, role).
/// </summary>
public sealed class StandInIdentity : IAsyncDisposable
{
    readonly RSA rsa = RSA.Create(2048);
    readonly RsaSecurityKey key;
    readonly JsonWebTokenHandler tokens = new();
    WebApplication? jwksServer;

    public StandInIdentity() => key = new RsaSecurityKey(rsa) { KeyId = $"test-{Guid.NewGuid():N}" };

    /// <summary>Where the JWKS is served: what a service under test gets as Identity:JwksUrl.</summary>
    public Uri JwksUrl { get; private set; } = null!;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = key.KeyId });
        var jwks = JsonSerializer.Serialize(new { keys = new[] { new { kty = jwk.Kty, use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        app.MapGet("/jwks.json", () => Results.Text(jwks, "application/json"));

        await app.StartAsync();
        JwksUrl = new Uri($"{app.Urls.Single().TrimEnd('/')}/jwks.json");
        jwksServer = app;
    }

    public string VerifiedUser(Guid? account = null) => Mint(account ?? Guid.NewGuid(), emailVerified: true);

    public string UnverifiedUser() => Mint(Guid.NewGuid(), emailVerified: false);

    public string Admin() => Mint(Guid.NewGuid(), emailVerified: true, admin: true);

    /// <summary>
    /// An access token for <paramref name="account"/>; another <paramref name="signingKey"/> or
    /// <paramref name="issuer"/> makes a forgery the service must refuse.
    /// </summary>
    public string Mint(Guid account, bool emailVerified, bool admin = false, string? email = null,
        SecurityKey? signingKey = null, string issuer = IdentityTokens.Issuer, string? locale = null)
    {
        var claims = new Dictionary<string, object>
        {
            [IdentityTokens.SubjectClaim] = account.ToString(),
            [IdentityTokens.EmailClaim] = email ?? $"{account:N}@example.org",
            [IdentityTokens.EmailVerifiedClaim] = emailVerified,
        };
        if (admin) claims[IdentityTokens.RoleClaim] = IdentityTokens.AdminRole;
        if (locale is not null) claims[IdentityTokens.LocaleClaim] = locale;

        return tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = IdentityTokens.Audience,
            Expires = DateTime.UtcNow.AddMinutes(15),
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey ?? key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (jwksServer is not null) await jwksServer.DisposeAsync();
        rsa.Dispose();
    }
}
