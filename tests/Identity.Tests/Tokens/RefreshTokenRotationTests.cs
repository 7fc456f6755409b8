using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Tokens;

[Collection(IdentityCollection.Name)]
public sealed class RefreshTokenRotationTests(IdentityHost host)
{
    static readonly TimeSpan ReuseInterval = new NatoAspire.Identity.Tokens.TokenOptions().RefreshTokenReuseInterval;

    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task Each_refresh_hands_out_a_new_token_and_the_chain_goes_on()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("chain"));

        var second = await RefreshAsync(tokens.RefreshToken);
        var third = await RefreshAsync(second.RefreshToken);

        Assert.Equal(3, new[] { tokens.RefreshToken, second.RefreshToken, third.RefreshToken }.Distinct().Count());
        Expect(HttpStatusCode.OK, await client.GetAsync("me", third.AccessToken));
    }

    [Fact]
    public async Task Reusing_a_rotated_token_after_the_reuse_interval_revokes_its_whole_family()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("reuse"));
        var second = await RefreshAsync(tokens.RefreshToken);
        host.Clock.Advance(ReuseInterval);

        var reuse = await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken });

        Assert.Equal("invalid_refresh_token", (await Problem.ReadAsync(reuse, HttpStatusCode.Unauthorized)).Code);
        // The thief's (or the owner's) newer token dies with it.
        var descendant = await client.PostAsync("refresh", new { refreshToken = second.RefreshToken });
        await Problem.ReadAsync(descendant, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reuse_revokes_only_its_own_family()
    {
        var email = NewEmail("families");
        var laptop = await client.CreateVerifiedAccountAsync(email);
        var phone = (await (await client.LoginAsync(email)).Content.ReadFromJsonAsync<TokenResponse>())!;
        var laptopSuccessor = await RefreshAsync(laptop.RefreshToken);
        host.Clock.Advance(ReuseInterval);

        var reuse = await client.PostAsync("refresh", new { refreshToken = laptop.RefreshToken });

        Assert.Equal("invalid_refresh_token", (await Problem.ReadAsync(reuse, HttpStatusCode.Unauthorized)).Code);
        var laptopAfter = await client.PostAsync("refresh", new { refreshToken = laptopSuccessor.RefreshToken });
        await Problem.ReadAsync(laptopAfter, HttpStatusCode.Unauthorized);
        await RefreshAsync(phone.RefreshToken);
    }

    [Fact]
    public async Task Concurrent_uses_of_one_token_on_separate_connections_all_get_the_same_successor()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("race"));

        // Each scope has its own DbContext and connection, as a replica of its own would.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var scope = host.App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RefreshTokens>().RotateAsync(tokens.RefreshToken);
        }));

        Assert.All(answers, Assert.NotNull);
        Assert.Single(answers.Select(a => a!.RefreshToken).Distinct());
        await RefreshAsync(answers[0]!.RefreshToken);
    }

    [Fact]
    public async Task Two_parallel_refreshes_with_one_token_get_one_successor_that_stays_valid()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("parallel-refresh"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken })));

        Assert.All(answers, answer => Expect(HttpStatusCode.OK, answer));
        var successors = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<TokenResponse>())!.RefreshToken));
        Assert.Equal(successors[0], successors[1]);
        await RefreshAsync(successors[0]);
    }

    [Fact]
    public async Task A_repeat_just_inside_the_reuse_interval_gets_the_same_successor()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("repeat"));
        var second = await RefreshAsync(tokens.RefreshToken);
        host.Clock.Advance(ReuseInterval - TimeSpan.FromSeconds(1));

        var repeat = await RefreshAsync(tokens.RefreshToken);

        Assert.Equal(second.RefreshToken, repeat.RefreshToken);
        Expect(HttpStatusCode.OK, await client.GetAsync("me", repeat.AccessToken));
    }

    [Fact]
    public async Task A_repeat_after_the_successor_was_used_revokes_the_family()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("repeat-after-use"));
        var second = await RefreshAsync(tokens.RefreshToken);
        var third = await RefreshAsync(second.RefreshToken);

        await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken }), HttpStatusCode.Unauthorized);
        await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = third.RefreshToken }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_repeat_after_signing_out_does_not_bring_the_session_back()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("repeat-after-logout"));
        var second = await RefreshAsync(tokens.RefreshToken);
        Expect(HttpStatusCode.NoContent, await client.PostAsync("logout", new { refreshToken = second.RefreshToken }, second.AccessToken));

        await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Only_a_hash_of_the_refresh_token_is_stored()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("stored"));

        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var hash = System.Security.Cryptography.SHA256.HashData(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(tokens.RefreshToken));

        Assert.Equal(43, tokens.RefreshToken.Length); // 256 bits, base64url
        Assert.True(await db.RefreshTokens.AnyAsync(t => t.TokenHash == hash));
    }

    [Fact]
    public async Task A_refresh_token_expires_after_its_lifetime()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("old"));

        host.Clock.Advance(TimeSpan.FromDays(14));

        await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken }), HttpStatusCode.Unauthorized);
    }

    async Task<TokenResponse> RefreshAsync(string refreshToken)
    {
        var response = await client.PostAsync("refresh", new { refreshToken });
        Expect(HttpStatusCode.OK, response);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>())!;
    }
}
