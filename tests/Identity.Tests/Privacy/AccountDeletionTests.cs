using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Privacy;

[Collection(IdentityCollection.Name)]
public sealed class AccountDeletionTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Deleting_with_the_password_ends_everything_and_the_address_can_register_again()
    {
        var email = NewEmail("delete");
        var tokens = await client.CreateVerifiedAccountAsync(email);
        var accountId = await client.AccountIdAsync(email);

        Expect(HttpStatusCode.NoContent, await DeleteAsync(tokens.AccessToken, Password));

        var deleted = Assert.Single(await client.EventsAsync<AccountDeleted>(e => e.AccountId == accountId));
        Assert.Equal(email, deleted.Email);
        Assert.Equal("Ada", deleted.FirstName);
        Assert.Equal("invalid_credentials", (await Problem.ReadAsync(await client.LoginAsync(email), HttpStatusCode.Unauthorized)).Code);
        var refresh = await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken });
        Assert.Equal("invalid_refresh_token", (await Problem.ReadAsync(refresh, HttpStatusCode.Unauthorized)).Code);
        // The access token is still well signed and unexpired; the account behind it is gone.
        Assert.Equal("unauthorized", (await Problem.ReadAsync(await client.GetAsync("me", tokens.AccessToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("unauthorized", (await Problem.ReadAsync(await client.GetAsync("export", tokens.AccessToken), HttpStatusCode.Unauthorized)).Code);
        Assert.Equal("unauthorized", (await Problem.ReadAsync(await DeleteAsync(tokens.AccessToken, Password), HttpStatusCode.Unauthorized)).Code);
        Assert.Single(await client.EventsAsync<AccountDeleted>(e => e.AccountId == accountId));

        // Registering again at once gets a code at once: nothing of the old account's sends is held against it.
        var codesBefore = (await client.EventsAsync<VerificationCodeIssued>(e => e.Email == email)).Count;
        var registrationToken = await client.RegisterForTokenAsync(email, "Second-Life-Passw0rd-2026");
        Assert.Equal(codesBefore + 1, (await client.EventsAsync<VerificationCodeIssued>(e => e.Email == email)).Count);
        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, await client.LatestVerificationCodeAsync(email), registrationToken));
        Expect(HttpStatusCode.OK, await client.LoginAsync(email, "Second-Life-Passw0rd-2026"));
        Assert.NotEqual(accountId, await client.AccountIdAsync(email));
    }

    [Fact]
    public async Task A_wrong_password_deletes_nothing_and_counts_as_a_failed_sign_in()
    {
        var email = NewEmail("delete-wrong");
        var tokens = await client.CreateVerifiedAccountAsync(email);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await DeleteAsync(tokens.AccessToken, "Not-The-Passw0rd-2026");
            Assert.Equal("invalid_credentials", (await Problem.ReadAsync(wrong, HttpStatusCode.BadRequest)).Code);
        }

        Expect(HttpStatusCode.OK, await client.GetAsync("me", tokens.AccessToken));
        Assert.Empty(await client.EventsAsync<AccountDeleted>(e => e.Email == email));
        // Five free failures are spent: the next try, by login or by deletion, waits.
        Assert.Equal("rate_limited", (await Problem.ReadAsync(await client.LoginAsync(email), HttpStatusCode.TooManyRequests)).Code);
        Assert.Equal("rate_limited", (await Problem.ReadAsync(await DeleteAsync(tokens.AccessToken, Password), HttpStatusCode.TooManyRequests)).Code);
    }

    [Fact]
    public async Task A_deletion_without_a_password_or_a_token_is_refused()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("delete-bad"));

        var noPassword = await Problem.ReadAsync(await DeleteAsync(tokens.AccessToken, null), HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", noPassword.Code);
        Assert.Contains("password", noPassword.Errors.Keys);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DeleteAsync(null, Password)).StatusCode);
        using var noBody = new HttpRequestMessage(HttpMethod.Delete, "/api/account");
        noBody.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        var empty = await client.Http.SendAsync(noBody);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Expect(HttpStatusCode.OK, await client.GetAsync("me", tokens.AccessToken));
    }

    Task<HttpResponseMessage> DeleteAsync(string? accessToken, string? password)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/account") { Content = JsonContent.Create(new { password }) };
        if (accessToken is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.Http.SendAsync(request);
    }
}
