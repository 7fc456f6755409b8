using System.Net;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.SelfService;

[Collection(IdentityCollection.Name)]
public sealed class PasswordChangeTests(IdentityHost host)
{
    const string NewPassword = "Another-Horse-77-Staple";
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_keeps_this_one_and_emails_the_owner()
    {
        var email = NewEmail("change");
        var laptop = await client.CreateVerifiedAccountAsync(email);
        var phone = await client.SignInFromAsync(email, "Phone/1.0");

        using var changed = await Change(laptop.AccessToken, Password, NewPassword);

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.True(changed.Headers.CacheControl?.NoStore);
        await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = phone.RefreshToken }), HttpStatusCode.Unauthorized);
        Expect(HttpStatusCode.OK, await client.PostAsync("refresh", new { refreshToken = laptop.RefreshToken }));
        await Problem.ReadAsync(await client.LoginAsync(email, Password), HttpStatusCode.Unauthorized);
        Expect(HttpStatusCode.OK, await client.LoginAsync(email, NewPassword));
        var accountId = await client.AccountIdAsync(email);
        Assert.Single(await client.EventsAsync<PasswordChanged>(e => e.AccountId == accountId));
    }

    [Fact]
    public async Task A_wrong_current_password_is_400_invalid_credentials_and_changes_nothing()
    {
        var email = NewEmail("change-wrong");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        var phone = await client.SignInFromAsync(email, "Phone/1.0");

        var wrong = await Problem.ReadAsync(await Change(tokens.AccessToken, "Not-The-Password-1!", NewPassword), HttpStatusCode.BadRequest);

        Assert.Equal("invalid_credentials", wrong.Code);
        Expect(HttpStatusCode.OK, await client.LoginAsync(email, Password));
        Expect(HttpStatusCode.OK, await client.PostAsync("refresh", new { refreshToken = phone.RefreshToken }));
        var accountId = await client.AccountIdAsync(email);
        Assert.Empty(await client.EventsAsync<PasswordChanged>(e => e.AccountId == accountId));
    }

    [Fact]
    public async Task Wrong_current_passwords_spend_the_sign_in_allowance_of_the_address()
    {
        var email = NewEmail("change-guess");
        var tokens = await client.CreateVerifiedAccountAsync(email);

        for (var i = 0; i < 5; i++)
            await Problem.ReadAsync(await Change(tokens.AccessToken, $"Guess-Number-{i}-Wrong!", NewPassword), HttpStatusCode.BadRequest);

        var throttled = await Change(tokens.AccessToken, Password, NewPassword);
        Assert.Equal("rate_limited", (await Problem.ReadAsync(throttled, HttpStatusCode.TooManyRequests)).Code);
        Assert.NotNull(throttled.Headers.RetryAfter);
        // One allowance for the address: the login page is slowed down by the same guesses.
        await Problem.ReadAsync(await client.LoginAsync(email, Password), HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Policy_errors_are_named_under_newPassword()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("change-policy"));

        var problem = await Problem.ReadAsync(await Change(tokens.AccessToken, Password, "short"), HttpStatusCode.BadRequest);

        Assert.Equal(["newPassword"], problem.Errors.Keys);
        Assert.True(problem.Errors["newPassword"].Length > 1);
        var missing = await Problem.ReadAsync(await client.PostAsync("password/change", new { newPassword = NewPassword }, tokens.AccessToken), HttpStatusCode.BadRequest);
        Assert.Equal(["currentPassword"], missing.Errors.Keys);
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        var response = await client.PostAsync("password/change", new { currentPassword = Password, newPassword = NewPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    Task<HttpResponseMessage> Change(string accessToken, string currentPassword, string newPassword) =>
        client.PostAsync("password/change", new { currentPassword, newPassword }, accessToken);
}
