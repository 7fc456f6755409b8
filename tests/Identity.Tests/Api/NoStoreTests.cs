using System.Net;
using System.Net.Http.Json;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

/// <summary>docs/contract.md §3: answers that carry tokens or personal data are never kept by a cache.</summary>
[Collection(IdentityCollection.Name)]
public sealed class NoStoreTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Login_refresh_and_me_answers_are_no_store()
    {
        var email = NewEmail("nostore");
        await client.CreateVerifiedAccountAsync(email);

        using var login = await client.LoginAsync(email);
        var tokens = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
        using var refresh = await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken });
        var refreshed = (await refresh.Content.ReadFromJsonAsync<TokenResponse>())!;
        using var me = await client.GetAsync("me", refreshed.AccessToken);

        Assert.All(new[] { login, refresh, me }, AssertNoStore);
    }

    [Fact]
    public async Task The_reset_token_answer_is_no_store()
    {
        var email = NewEmail("nostore-reset");
        await client.CreateVerifiedAccountAsync(email);
        Expect(HttpStatusCode.Accepted, await client.PostAsync("password/forgot", new { email }));

        using var answer = await client.PostAsync("password/verify-code", new { email, code = await client.LatestResetCodeAsync(email) });

        Expect(HttpStatusCode.OK, answer);
        AssertNoStore(answer);
    }

    [Fact]
    public async Task A_refused_login_is_no_store_too()
    {
        using var refused = await client.LoginAsync(NewEmail("nobody"), "Wrong-Password-1!");

        AssertNoStore(refused);
    }

    static void AssertNoStore(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode || (int)response.StatusCode < 500, $"{(int)response.StatusCode}");
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage?.RequestUri}: Cache-Control {response.Headers.CacheControl}");
    }
}
