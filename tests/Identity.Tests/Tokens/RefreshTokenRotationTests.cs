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
    public async Task Reusing_a_rotated_token_revokes_its_whole_family()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("reuse"));
        var second = await RefreshAsync(tokens.RefreshToken);

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

        var reuse = await client.PostAsync("refresh", new { refreshToken = laptop.RefreshToken });

        Assert.Equal("invalid_refresh_token", (await Problem.ReadAsync(reuse, HttpStatusCode.Unauthorized)).Code);
        var laptopAfter = await client.PostAsync("refresh", new { refreshToken = laptopSuccessor.RefreshToken });
        await Problem.ReadAsync(laptopAfter, HttpStatusCode.Unauthorized);
        await RefreshAsync(phone.RefreshToken);
    }

    [Fact]
    public async Task Only_one_of_two_concurrent_uses_of_a_token_succeeds()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("race"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = host.App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<RefreshTokens>().RotateAsync(tokens.RefreshToken);
        }));

        Assert.True(answers.Count(a => a is not null) <= 1, "both uses of one token succeeded");
    }

    [Fact]
    public async Task Two_parallel_refreshes_with_one_token_issue_no_two_valid_successors()
    {
        var tokens = await client.CreateVerifiedAccountAsync(NewEmail("parallel-refresh"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsync("refresh", new { refreshToken = tokens.RefreshToken })));

        var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToArray();
        Assert.Single(winners);
        Assert.Equal("invalid_refresh_token", (await Problem.ReadAsync(answers.Single(a => a != winners[0]), HttpStatusCode.Unauthorized)).Code);
        // The second use is a reuse: the family dies, the one successor with it (the owner signs in again).
        var successor = (await winners[0].Content.ReadFromJsonAsync<TokenResponse>())!;
        await Problem.ReadAsync(await client.PostAsync("refresh", new { refreshToken = successor.RefreshToken }), HttpStatusCode.Unauthorized);
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
