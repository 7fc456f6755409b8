using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NatoAspire.Newsletter.Tests.Support;

/// <summary>
/// Stands in for identity: an RSA key of its own, published as a JWKS by a tiny Kestrel app on a free port,
/// and access tokens signed with it in identity's shape (issuer, audience, kid, sub, email, email_verified, role).
/// </summary>
public sealed class TestIdentity : IAsyncDisposable
{
    readonly RSA rsa = RSA.Create(2048);
    readonly RsaSecurityKey key;
    readonly JsonWebTokenHandler tokens = new();
    WebApplication? jwksServer;

    public TestIdentity() => key = new RsaSecurityKey(rsa) { KeyId = $"test-{Guid.NewGuid():N}" };

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
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        JwksUrl = new Uri($"{address}/jwks.json");
        jwksServer = app;
    }

    public string AccessTokenFor(TestAccount account, SecurityKey? signingKey = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = account.Id.ToString(),
            ["email"] = account.Email,
            ["email_verified"] = account.EmailVerified,
        };
        if (account.Admin) claims["role"] = "admin";

        return tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "natoaspire-identity",
            Audience = "natoaspire",
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
