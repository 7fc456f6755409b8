using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Registration;

/// <summary>An account keeps the language it registered in, and every email identity asks for names it (CONTRACT §7).</summary>
[Collection(IdentityCollection.Name)]
public sealed class AccountLanguageTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    Task<HttpResponseMessage> RegisterInAsync(string email, string? language, string? acceptLanguage = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/register")
        {
            Content = JsonContent.Create(new { email, password = Password, firstName = "Ada", lastName = "Lovelace", language }),
        };
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return client.Http.SendAsync(request);
    }

    async Task<string> LanguageOfTheLatestCodeAsync(string email) =>
        (await client.LatestEventAsync<VerificationCodeIssued>(e => e.Email == email))!.Language;

    [Fact]
    public async Task A_French_registration_gets_its_code_and_the_resent_code_in_French()
    {
        var email = NewEmail("fr");
        Expect(HttpStatusCode.Accepted, await RegisterInAsync(email, "fr"));
        Assert.Equal("fr", await LanguageOfTheLatestCodeAsync(email));

        host.Clock.Advance(TimeSpan.FromSeconds(61));
        Expect(HttpStatusCode.Accepted, await client.PostAsync("resend-code", new { email }));
        var codes = await client.EventsAsync<VerificationCodeIssued>(e => e.Email == email);
        Assert.Equal(2, codes.Count);
        Assert.All(codes, c => Assert.Equal("fr", c.Language));
    }

    [Fact]
    public async Task An_English_registration_sees_nothing_change()
    {
        var email = NewEmail("en");
        Expect(HttpStatusCode.Accepted, await client.RegisterAsync(email));
        Assert.Equal("en", await LanguageOfTheLatestCodeAsync(email));
    }

    [Fact]
    public async Task Without_a_language_in_the_body_Accept_Language_decides()
    {
        var french = NewEmail("accept-fr");
        Expect(HttpStatusCode.Accepted, await RegisterInAsync(french, null, "de-DE, fr-CA;q=0.8, en;q=0.5"));
        Assert.Equal("fr", await LanguageOfTheLatestCodeAsync(french));

        var english = NewEmail("accept-de");
        Expect(HttpStatusCode.Accepted, await RegisterInAsync(english, null, "de-DE"));
        Assert.Equal("en", await LanguageOfTheLatestCodeAsync(english));
    }

    [Fact]
    public async Task The_body_s_language_wins_over_Accept_Language()
    {
        var email = NewEmail("body-wins");
        Expect(HttpStatusCode.Accepted, await RegisterInAsync(email, "en", "fr"));
        Assert.Equal("en", await LanguageOfTheLatestCodeAsync(email));
    }

    [Fact]
    public async Task A_language_the_portal_does_not_speak_is_a_validation_error()
    {
        var response = await RegisterInAsync(NewEmail("de"), "de");
        Expect(HttpStatusCode.BadRequest, response);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("language", out _));
    }

    [Fact]
    public async Task A_French_account_shows_its_language_and_carries_it_as_the_locale_claim()
    {
        var email = NewEmail("me-fr");
        var token = await VerifiedAsync(email, "fr");

        var me = await (await client.GetAsync("me", token.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("fr", me.GetProperty("language").GetString());
        Assert.Equal("fr", new JsonWebToken(token.AccessToken).GetPayloadValue<string>("locale"));
    }

    [Fact]
    public async Task A_French_account_gets_its_reset_code_and_password_changed_notice_in_French()
    {
        var email = NewEmail("reset-fr");
        await VerifiedAsync(email, "fr");

        Expect(HttpStatusCode.Accepted, await client.PostAsync("password/forgot", new { email }));
        Assert.Equal("fr", (await client.LatestEventAsync<PasswordResetCodeIssued>(e => e.Email == email))!.Language);

        var verified = await client.PostAsync("password/verify-code", new { email, code = await client.LatestResetCodeAsync(email) });
        var resetToken = (await verified.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resetToken").GetString();
        Expect(HttpStatusCode.NoContent, await client.PostAsync("password/reset", new { resetToken, newPassword = "Another-Horse-43-Battery" }));
        Assert.Equal("fr", (await client.LatestEventAsync<PasswordChanged>(e => e.Email == email))!.Language);
    }

    [Fact]
    public async Task The_already_registered_notice_follows_the_account_not_the_stranger()
    {
        var email = NewEmail("exists-fr");
        await VerifiedAsync(email, "fr");

        host.Clock.Advance(TimeSpan.FromSeconds(61));
        Expect(HttpStatusCode.Accepted, await RegisterInAsync(email, "en", "en"));
        Assert.Equal("fr", (await client.LatestEventAsync<RegistrationAttemptedForExistingAccount>(e => e.Email == email))!.Language);
    }

    async Task<TokenResponse> VerifiedAsync(string email, string language)
    {
        var response = await RegisterInAsync(email, language);
        Expect(HttpStatusCode.Accepted, response);
        var registrationToken = TokenOf(await response.Content.ReadFromJsonAsync<JsonElement>());
        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, await client.LatestVerificationCodeAsync(email), registrationToken));
        var login = await client.LoginAsync(email);
        Expect(HttpStatusCode.OK, login);
        return (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
    }
}
