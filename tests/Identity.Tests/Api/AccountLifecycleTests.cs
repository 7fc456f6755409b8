using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

[Collection(IdentityCollection.Name)]
public sealed class AccountLifecycleTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Register_verify_sign_in_refresh_reset_and_the_old_password_stops_working()
    {
        var email = NewEmail("story");

        var registered = await client.RegisterAsync("  " + email.ToUpperInvariant() + " ");
        Expect(HttpStatusCode.Accepted, registered);
        var registration = await registered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, registration.GetProperty("email").GetString());
        Assert.Equal(1800, registration.GetProperty("codeExpiresInSeconds").GetInt32());
        var registrationToken = TokenOf(registration);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", registrationToken);
        var issued = await client.LatestEventAsync<VerificationCodeIssued>(e => e.Email == email);
        Assert.Equal(TimeSpan.FromMinutes(30), issued!.ValidFor);

        var notYet = await client.LoginAsync(email);
        Assert.Equal("email_not_verified", (await Problem.ReadAsync(notYet, HttpStatusCode.Forbidden)).Code);

        var code = await client.LatestVerificationCodeAsync(email);
        var verified = await client.VerifyAsync(email, code, registrationToken);
        Expect(HttpStatusCode.OK, verified);
        Assert.Equal(JsonSerializer.Serialize(new { email, verified = true }), await verified.Content.ReadAsStringAsync());

        var login = await client.LoginAsync(email.ToUpperInvariant());
        Expect(HttpStatusCode.OK, login);
        var tokens = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.Equal("Bearer", tokens.TokenType);
        Assert.Equal(900, tokens.ExpiresIn);

        var me = await client.GetAsync("me", tokens.AccessToken);
        Expect(HttpStatusCode.OK, me);
        var profile = await me.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(email, profile.GetProperty("email").GetString());
        Assert.Equal("Ada", profile.GetProperty("firstName").GetString());
        Assert.Equal("Lovelace", profile.GetProperty("lastName").GetString());
        Assert.Equal("NATO", profile.GetProperty("organisation").GetString());
        Assert.True(profile.GetProperty("emailVerified").GetBoolean());
        Assert.Equal(0, profile.GetProperty("roles").GetArrayLength());
        Assert.True(profile.TryGetProperty("createdAt", out _));

        var refreshed = await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken });
        Expect(HttpStatusCode.OK, refreshed);
        var rotated = (await refreshed.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.NotEqual(tokens.RefreshToken, rotated.RefreshToken);

        var forgot = await client.PostAsync("password/forgot", new { email });
        Expect(HttpStatusCode.Accepted, forgot);
        Assert.Equal("""{"codeExpiresInSeconds":1800}""", await forgot.Content.ReadAsStringAsync());
        var resetCode = await client.LatestResetCodeAsync(email);

        var exchanged = await client.PostAsync("password/verify-code", new { email, code = resetCode });
        Expect(HttpStatusCode.OK, exchanged);
        var reset = await exchanged.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(900, reset.GetProperty("expiresIn").GetInt32());
        var resetToken = reset.GetProperty("resetToken").GetString();

        const string newPassword = "Brand-New-Passw0rd-2026";
        Expect(HttpStatusCode.NoContent, await client.PostAsync("password/reset", new { resetToken, newPassword }));
        var accountId = await client.AccountIdAsync(email);
        Assert.NotNull(await client.LatestEventAsync<PasswordChanged>(e => e.AccountId == accountId));

        Assert.Equal("invalid_credentials", (await Problem.ReadAsync(await client.LoginAsync(email), HttpStatusCode.Unauthorized)).Code);
        Expect(HttpStatusCode.OK, await client.LoginAsync(email, newPassword));
        // Every session of the old password is over.
        var stale = await client.PostAsync("refresh", new { refreshToken = rotated.RefreshToken });
        Assert.Equal("invalid_refresh_token", (await Problem.ReadAsync(stale, HttpStatusCode.Unauthorized)).Code);
        // A reset token works once.
        var again = await client.PostAsync("password/reset", new { resetToken, newPassword = "Another-Passw0rd-2026" });
        Assert.Equal("invalid_reset_token", (await Problem.ReadAsync(again, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Registering_again_before_verifying_activates_the_attempt_that_is_verified()
    {
        var email = NewEmail("again");
        await client.RegisterForTokenAsync(email, "First-Passw0rd-2026", firstName: "Ada");
        var firstCode = await client.LatestVerificationCodeAsync(email);

        var second = await client.RegisterForTokenAsync(email, "Second-Passw0rd-2026", firstName: "Grace");

        // Within the minute no new code went out, so the first one still works, for the second attempt too.
        Assert.Equal(firstCode, await client.LatestVerificationCodeAsync(email));
        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, firstCode, second));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(email, "First-Passw0rd-2026")).StatusCode);
        var login = await client.LoginAsync(email, "Second-Passw0rd-2026");
        Expect(HttpStatusCode.OK, login);
        var tokens = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
        var profile = await (await client.GetAsync("me", tokens.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Grace", profile.GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task A_reset_code_does_not_work_as_a_verification_code()
    {
        var email = NewEmail("purposes");
        await client.CreateVerifiedAccountAsync(email);
        Expect(HttpStatusCode.Accepted, await client.PostAsync("password/forgot", new { email }));
        var resetCode = await client.LatestResetCodeAsync(email);

        var asVerification = await client.PostAsync("verify", new { email, code = resetCode, password = Password });

        Assert.Equal("invalid_code", (await Problem.ReadAsync(asVerification, HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Wrong_expired_and_unknown_codes_get_one_answer()
    {
        var email = NewEmail("codes");
        var token = await client.RegisterForTokenAsync(email);
        var code = await client.LatestVerificationCodeAsync(email);
        var wrong = ((int.Parse(code) + 1) % 1_000_000).ToString("D6");

        var wrongAnswer = await Problem.ReadAsync(await client.VerifyAsync(email, wrong, token), HttpStatusCode.BadRequest);
        var unknownAnswer = await Problem.ReadAsync(await client.VerifyAsync(NewEmail(), code, token), HttpStatusCode.BadRequest);
        host.Clock.Advance(TimeSpan.FromMinutes(30));
        var expiredAnswer = await Problem.ReadAsync(await client.VerifyAsync(email, code, token), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_code", wrongAnswer.Code);
        Assert.Equal(wrongAnswer.Shape, unknownAnswer.Shape);
        Assert.Equal(wrongAnswer.Shape, expiredAnswer.Shape);
    }

    [Fact]
    public async Task After_five_wrong_codes_the_code_is_dead_and_malformed_ones_do_not_count()
    {
        var email = NewEmail("tries");
        var token = await client.RegisterForTokenAsync(email);
        var code = await client.LatestVerificationCodeAsync(email);
        var wrong = ((int.Parse(code) + 1) % 1_000_000).ToString("D6");

        foreach (var malformed in new[] { "12345", "1234567", "12a456", "" })
        {
            var problem = await Problem.ReadAsync(await client.VerifyAsync(email, malformed, token), HttpStatusCode.BadRequest);
            Assert.True(problem.Errors.ContainsKey("code"));
        }
        for (var i = 0; i < 5; i++)
            Assert.Equal("invalid_code", (await Problem.ReadAsync(await client.VerifyAsync(email, wrong, token), HttpStatusCode.BadRequest)).Code);

        var dead = await client.VerifyAsync(email, code, token);

        Assert.Equal("code_attempts_exceeded", (await Problem.ReadAsync(dead, (HttpStatusCode)429)).Code);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("logout"));

        Expect(HttpStatusCode.NoContent, await client.PostAsync("logout", new { refreshToken = tokens.RefreshToken }, tokens.AccessToken));

        var refresh = await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal("invalid_refresh_token", (await Problem.ReadAsync(refresh, HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task Logout_and_me_need_a_valid_bearer_token()
    {
        await Problem.ReadAsync(await client.GetAsync("me"), HttpStatusCode.Unauthorized);
        await Problem.ReadAsync(await client.GetAsync("me", "not-a-token"), HttpStatusCode.Unauthorized);
        await Problem.ReadAsync(await client.PostAsync("logout", new { refreshToken = "x" }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_access_token_expires_after_15_minutes()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("expiry"));
        Expect(HttpStatusCode.OK, await client.GetAsync("me", tokens.AccessToken));

        host.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(31));

        await Problem.ReadAsync(await client.GetAsync("me", tokens.AccessToken), HttpStatusCode.Unauthorized);
    }
}
