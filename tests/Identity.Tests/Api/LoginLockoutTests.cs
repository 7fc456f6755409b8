using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using NatoAspire.Identity.Tests.Support;
using NatoAspire.Identity.Tokens;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

/// <summary>Issue 10 finding 3: a stranger's failures cost the stranger, not an owner who signed in before.</summary>
[Collection(IdentityCollection.Name)]
public sealed class LoginLockoutTests(IdentityHost host)
{
    const string WrongPassword = "Wrong-Passw0rd-2026";
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task A_strangers_failed_logins_do_not_lock_out_a_client_that_signed_in_before()
    {
        var email = NewEmail("owner");
        var owner = await client.CreateVerifiedAccountAsync(email);
        Assert.False(string.IsNullOrEmpty(owner.DeviceToken), "a sign-in hands out no device token");

        for (var i = 0; i < 5; i++) await Problem.ReadAsync(await client.LoginAsync(email, WrongPassword), HttpStatusCode.Unauthorized);
        var stranger = await client.LoginAsync(email, WrongPassword);
        Assert.Equal("rate_limited", (await Problem.ReadAsync(stranger, (HttpStatusCode)429)).Code);

        var again = await LoginAsync(email, Password, owner.DeviceToken);
        Expect(HttpStatusCode.OK, again);
        var renewed = (await again.Content.ReadFromJsonAsync<TokenResponse>())!;
        Assert.False(string.IsNullOrEmpty(renewed.DeviceToken));
        // Clients without the token still meet the back-off the stranger caused.
        await Problem.ReadAsync(await client.LoginAsync(email), (HttpStatusCode)429);
    }

    [Fact]
    public async Task A_device_token_of_another_address_or_a_forged_one_earns_no_allowance()
    {
        var email = NewEmail("target");
        await client.CreateVerifiedAccountAsync(email);
        var other = await client.CreateVerifiedAccountAsync(NewEmail("other"));
        for (var i = 0; i < 5; i++) await client.LoginAsync(email, WrongPassword);

        await Problem.ReadAsync(await LoginAsync(email, Password, other.DeviceToken), (HttpStatusCode)429);
        await Problem.ReadAsync(await LoginAsync(email, Password, "not-a-device-token"), (HttpStatusCode)429);
        var tooLong = await LoginAsync(email, Password, new string('a', 300));
        Assert.Contains("deviceToken", (await Problem.ReadAsync(tooLong, HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task A_trusted_device_keeps_its_own_allowance_of_wrong_passwords()
    {
        var email = NewEmail("typo");
        var owner = await client.CreateVerifiedAccountAsync(email);

        for (var i = 0; i < 5; i++) await Problem.ReadAsync(await LoginAsync(email, WrongPassword, owner.DeviceToken), HttpStatusCode.Unauthorized);

        await Problem.ReadAsync(await LoginAsync(email, WrongPassword, owner.DeviceToken), (HttpStatusCode)429);
        // Its mistakes are its own: an untrusted client of the same address is not slowed down.
        Expect(HttpStatusCode.OK, await client.LoginAsync(email));
    }

    [Fact]
    public async Task Parallel_wrong_logins_get_no_more_than_the_free_failures()
    {
        var email = NewEmail("parallel");
        await client.CreateVerifiedAccountAsync(email);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.LoginAsync(email, WrongPassword)));

        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(15, answers.Count(a => a.StatusCode == (HttpStatusCode)429));
    }

    [Fact]
    public async Task An_address_takes_at_most_100_failures_an_hour_from_untrusted_clients_even_in_parallel()
    {
        await using var generous = host.App.WithWebHostBuilder(b => b.UseSetting("LoginThrottle:FreeFailures", "1000"));
        var http = generous.CreateClient();
        var email = NewEmail("capped");

        var answers = await Task.WhenAll(Enumerable.Range(0, 130).Select(_ =>
            http.PostAsJsonAsync("/api/account/login", new { email, password = WrongPassword })));

        Assert.Equal(100, answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized));
        Assert.Equal(30, answers.Count(a => a.StatusCode == (HttpStatusCode)429));
        var late = await http.PostAsJsonAsync("/api/account/login", new { email, password = WrongPassword });
        Assert.Equal("rate_limited", (await Problem.ReadAsync(late, (HttpStatusCode)429)).Code);
        Assert.True(late.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(59), $"Retry-After {late.Headers.RetryAfter}");
    }

    Task<HttpResponseMessage> LoginAsync(string email, string password, string? deviceToken) =>
        client.PostAsync("login", new { email, password, deviceToken });
}
