using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Tokens;

/// <summary>The token format other services rely on, validated the way they would: from the published JWKS.</summary>
[Collection(IdentityCollection.Name)]
public sealed class AccessTokenFormatTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Access_tokens_carry_exactly_the_agreed_claims_and_validate_against_the_JWKS()
    {
        var email = NewEmail("claims");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        var jwks = new JsonWebKeySet(await client.Http.GetStringAsync("/api/account/.well-known/jwks.json"));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = "natoaspire-identity",
            ValidAudience = "natoaspire",
            IssuerSigningKeys = jwks.GetSigningKeys(),
            LifetimeValidator = (_, _, _, _) => true, // the test's clock is not the wall clock
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var token = (JsonWebToken)result.SecurityToken;
        Assert.Equal(jwks.Keys.Single().Kid, token.Kid);
        Assert.Equal("ES256", token.Alg);
        var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload)).RootElement;
        Assert.Equal(["aud", "email", "email_verified", "exp", "iat", "iss", "jti", "locale", "nbf", "sid", "sub"], payload.EnumerateObject().Select(p => p.Name).Order());
        Assert.True(Guid.TryParse(payload.GetProperty("sub").GetString(), out _));
        Assert.Equal(email, payload.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.True, payload.GetProperty("email_verified").ValueKind);
        Assert.Equal("en", payload.GetProperty("locale").GetString());
        Assert.True(Guid.TryParse(payload.GetProperty("jti").GetString(), out _));
        Assert.Equal(900, payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task The_seeded_admin_signs_in_with_the_admin_role()
    {
        var login = await client.LoginAsync("Admin@Nato-Media.local", IdentityApp.AdminPassword);
        Expect(HttpStatusCode.OK, login);
        var tokens = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;

        var token = new JsonWebToken(tokens.AccessToken);
        Assert.Equal(["admin"], token.Claims.Where(c => c.Type == "role").Select(c => c.Value));
        var me = await (await client.GetAsync("me", tokens.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("admin@nato-media.local", me.GetProperty("email").GetString());
        Assert.Equal(["admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(me.GetProperty("emailVerified").GetBoolean());
    }

    [Fact]
    public async Task A_restart_keeps_the_signing_key_and_the_admin_account()
    {
        var before = await client.Http.GetStringAsync("/api/account/.well-known/jwks.json");
        var adminBefore = await client.AccountIdAsync("admin@nato-media.local");
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("restart"));

        await using var restarted = host.App.WithWebHostBuilder(_ => { });
        var after = new AccountClient(restarted.CreateClient(), host.App);

        Assert.Equal(before, await after.Http.GetStringAsync("/api/account/.well-known/jwks.json"));
        Expect(HttpStatusCode.OK, await after.GetAsync("me", tokens.AccessToken));
        Expect(HttpStatusCode.OK, await after.LoginAsync("admin@nato-media.local", IdentityApp.AdminPassword));
        Assert.Equal(adminBefore, await after.AccountIdAsync("admin@nato-media.local"));
    }

    [Fact]
    public async Task The_JWKS_publishes_only_a_public_key_with_a_kid()
    {
        var jwks = JsonDocument.Parse(await client.Http.GetStringAsync("/api/account/.well-known/jwks.json")).RootElement;

        var key = jwks.GetProperty("keys").EnumerateArray().Single();
        Assert.Equal("EC", key.GetProperty("kty").GetString());
        Assert.Equal("P-256", key.GetProperty("crv").GetString());
        Assert.Equal("sig", key.GetProperty("use").GetString());
        Assert.Equal("ES256", key.GetProperty("alg").GetString());
        Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        Assert.False(key.TryGetProperty("d", out _));
    }
}
