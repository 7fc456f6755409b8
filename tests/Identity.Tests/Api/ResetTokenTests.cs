using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

[Collection(IdentityCollection.Name)]
public sealed class ResetTokenTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task A_completed_reset_revokes_the_other_outstanding_reset_tokens()
    {
        var email = NewEmail("two-resets");
        await client.CreateVerifiedAccountAsync(email);
        var first = await ResetTokenAsync(email);
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        var second = await ResetTokenAsync(email);

        Expect(HttpStatusCode.NoContent, await ResetAsync(second, "Second-Passw0rd-2026"));

        var stale = await ResetAsync(first, "First-Passw0rd-2026");
        Assert.Equal("invalid_reset_token", (await Problem.ReadAsync(stale, HttpStatusCode.BadRequest)).Code);
        Expect(HttpStatusCode.OK, await client.LoginAsync(email, "Second-Passw0rd-2026"));
    }

    [Fact]
    public async Task One_reset_token_used_twice_in_parallel_resets_once()
    {
        var email = NewEmail("parallel-reset");
        await client.CreateVerifiedAccountAsync(email);
        var token = await ResetTokenAsync(email);

        var answers = await Task.WhenAll(
            ResetAsync(token, "Another-Passw0rd-2026"),
            ResetAsync(token, "Second-Passw0rd-2026"));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.NoContent));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.BadRequest));
        var accountId = await client.AccountIdAsync(email);
        Assert.Single(await client.EventsAsync<PasswordChanged>(e => e.AccountId == accountId));
    }

    async Task<string> ResetTokenAsync(string email)
    {
        Expect(HttpStatusCode.Accepted, await client.PostAsync("password/forgot", new { email }));
        var code = await client.LatestResetCodeAsync(email);
        var exchanged = await client.PostAsync("password/verify-code", new { email, code });
        Expect(HttpStatusCode.OK, exchanged);
        return (await exchanged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resetToken").GetString()!;
    }

    Task<HttpResponseMessage> ResetAsync(string resetToken, string newPassword) =>
        client.PostAsync("password/reset", new { resetToken, newPassword });
}
