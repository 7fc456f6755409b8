using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Identity.Data;
using NatoAspire.Identity.Registration;
using NatoAspire.Identity.Passwords;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Registration;

/// <summary>
/// A stranger registers the owner's address with a password of their own, before the owner, inside the send window
/// or after it. Whatever the order, the owner's code with the owner's token activates the owner's attempt only.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class RegistrationTakeoverTests(IdentityHost host)
{
    const string OwnerPassword = "Owners-Own-Passw0rd-2026";
    const string StrangerPassword = "Strangers-Passw0rd-2026";

    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task A_stranger_who_registers_before_the_owner_never_gains_the_account()
    {
        var email = NewEmail("before");
        // The code in the owner's mailbox is the one the stranger's registration sent; the stranger registers again
        // after the owner, inside the minute, so no email gives it away.
        await client.RegisterForTokenAsync(email, StrangerPassword, firstName: "Mallory");
        var owner = await client.RegisterForTokenAsync(email, OwnerPassword, firstName: "Ada");
        var stranger = await client.RegisterForTokenAsync(email, StrangerPassword, firstName: "Mallory");

        await OwnerVerifiesWithTheNewestCodeAsync(email, owner, stranger);
    }

    [Fact]
    public async Task A_stranger_who_registers_inside_the_send_window_never_gains_the_account()
    {
        var email = NewEmail("inside");
        var owner = await client.RegisterForTokenAsync(email, OwnerPassword, firstName: "Ada");
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        var stranger = await client.RegisterForTokenAsync(email, StrangerPassword, firstName: "Mallory");

        await OwnerVerifiesWithTheNewestCodeAsync(email, owner, stranger);
    }

    [Fact]
    public async Task A_stranger_who_registers_after_the_send_window_never_gains_the_account()
    {
        var email = NewEmail("after");
        var owner = await client.RegisterForTokenAsync(email, OwnerPassword, firstName: "Ada");
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        var stranger = await client.RegisterForTokenAsync(email, StrangerPassword, firstName: "Mallory");

        await OwnerVerifiesWithTheNewestCodeAsync(email, owner, stranger);
    }

    [Fact]
    public async Task The_owner_may_verify_with_the_password_of_their_attempt_instead_of_the_token()
    {
        var email = NewEmail("by-password");
        await client.RegisterForTokenAsync(email, OwnerPassword, firstName: "Ada");
        await client.RegisterForTokenAsync(email, StrangerPassword, firstName: "Mallory");
        var code = await client.LatestVerificationCodeAsync(email);

        Expect(HttpStatusCode.OK, await client.PostAsync("verify", new { email, code, password = OwnerPassword }));

        await OnlyTheOwnerSignsInAsync(email);
    }

    [Fact]
    public async Task A_slow_registration_that_overlaps_the_verification_leaves_the_owners_account_alone()
    {
        var email = NewEmail("race");
        var owner = await client.RegisterForTokenAsync(email, OwnerPassword, firstName: "Ada");
        var code = await client.LatestVerificationCodeAsync(email);
        // The stranger's registrations hash with the production work factor, so each spends a while between reading
        // the pending account and writing its own details.
        await using var slow = host.App.WithWebHostBuilder(builder =>
            builder.UseSetting("Passwords:Iterations", PasswordOptions.DefaultIterations.ToString()));
        var strangerClient = new AccountClient(slow.CreateClient(), host.App);

        var strangers = Enumerable.Range(0, 3).Select(_ => strangerClient.RegisterAsync(email, StrangerPassword, firstName: "Mallory")).ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(30));
        var verified = await client.VerifyAsync(email, code, owner);
        foreach (var registration in await Task.WhenAll(strangers)) Expect(HttpStatusCode.Accepted, registration);

        Expect(HttpStatusCode.OK, verified);
        await OnlyTheOwnerSignsInAsync(email);
    }

    [Fact]
    public async Task The_token_handed_out_for_a_verified_address_activates_nothing()
    {
        var email = NewEmail("taken");
        await client.CreateVerifiedAccountAsync(email, OwnerPassword);
        host.Clock.Advance(TimeSpan.FromSeconds(61));
        var stranger = await client.RegisterForTokenAsync(email, StrangerPassword);

        foreach (var code in new[] { "000000", "123456" })
            Assert.Equal("invalid_code", (await Problem.ReadAsync(await client.VerifyAsync(email, code, stranger), HttpStatusCode.BadRequest)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(email, StrangerPassword)).StatusCode);
        Expect(HttpStatusCode.OK, await client.LoginAsync(email, OwnerPassword));
    }

    [Fact]
    public async Task Parallel_first_registrations_of_one_address_each_keep_their_own_attempt()
    {
        var email = NewEmail("parallel-first");
        var passwords = Enumerable.Range(0, 4).Select(i => $"Parallel-Passw0rd-{i}-2026").ToArray();

        var tokens = await Task.WhenAll(passwords.Select(password => client.RegisterForTokenAsync(email, password)));

        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            var hashes = await db.RegistrationAttempts.Where(a => a.Email == email).Select(a => a.TokenHash).ToListAsync();
            Assert.Equal(tokens.Select(t => Convert.ToHexString(RegistrationToken.HashOf(t))).Order(), hashes.Select(Convert.ToHexString).Order());
        }
        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, await client.LatestVerificationCodeAsync(email), tokens[2]));
        Expect(HttpStatusCode.OK, await client.LoginAsync(email, passwords[2]));
    }

    async Task OwnerVerifiesWithTheNewestCodeAsync(string email, string ownerToken, string strangerToken)
    {
        var code = await client.LatestVerificationCodeAsync(email);

        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, code, ownerToken));

        await OnlyTheOwnerSignsInAsync(email);
        // The stranger's token names nothing any more, with the owner's code or any other.
        foreach (var guess in new[] { code, "000000" })
            Assert.Equal("invalid_code", (await Problem.ReadAsync(await client.VerifyAsync(email, guess, strangerToken), HttpStatusCode.BadRequest)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.LoginAsync(email, StrangerPassword)).StatusCode);
    }

    async Task OnlyTheOwnerSignsInAsync(string email)
    {
        Assert.Equal("invalid_credentials", (await Problem.ReadAsync(await client.LoginAsync(email, StrangerPassword), HttpStatusCode.Unauthorized)).Code);
        var login = await client.LoginAsync(email, OwnerPassword);
        Expect(HttpStatusCode.OK, login);
        var tokens = (await login.Content.ReadFromJsonAsync<TokenResponse>())!;
        var profile = await (await client.GetAsync("me", tokens.AccessToken)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ada", profile.GetProperty("firstName").GetString());
        Assert.True(profile.GetProperty("emailVerified").GetBoolean());
    }
}
