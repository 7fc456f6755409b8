using System.Net;
using NatoAspire.Identity.Tests.Support;
using static NatoAspire.Identity.Tests.Support.AccountClient;

namespace NatoAspire.Identity.Tests.Api;

[Collection(IdentityCollection.Name)]
public sealed class RateLimitTests(IdentityHost host)
{
    readonly AccountClient client = host.CreateClient();

    [Fact]
    public async Task The_code_sent_at_registration_counts_against_the_minute()
    {
        var email = NewEmail("minute");
        Expect(HttpStatusCode.Accepted, await client.RegisterAsync(email));
        host.Clock.Advance(TimeSpan.FromSeconds(15));

        var refused = await client.PostAsync("resend-code", new { email });

        Assert.Equal("rate_limited", (await Problem.ReadAsync(refused, (HttpStatusCode)429)).Code);
        Assert.Equal(TimeSpan.FromSeconds(45), refused.Headers.RetryAfter?.Delta);
        host.Clock.Advance(TimeSpan.FromSeconds(45));
        Expect(HttpStatusCode.Accepted, await client.PostAsync("resend-code", new { email }));
    }

    [Fact]
    public async Task At_most_five_reset_codes_an_hour()
    {
        var email = NewEmail("hourly");
        for (var i = 0; i < 5; i++)
        {
            Expect(HttpStatusCode.Accepted, await client.PostAsync("password/forgot", new { email }));
            host.Clock.Advance(TimeSpan.FromSeconds(61));
        }

        var refused = await client.PostAsync("password/forgot", new { email });

        Assert.Equal("rate_limited", (await Problem.ReadAsync(refused, (HttpStatusCode)429)).Code);
        Assert.Equal(TimeSpan.FromSeconds(3600 - 5 * 61), refused.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_resent_code_replaces_the_first_one()
    {
        var email = NewEmail("resend");
        var token = await client.RegisterForTokenAsync(email);
        var first = await client.LatestVerificationCodeAsync(email);
        host.Clock.Advance(TimeSpan.FromSeconds(61));

        string second;
        do
        {
            Expect(HttpStatusCode.Accepted, await client.PostAsync("resend-code", new { email }));
            second = await client.LatestVerificationCodeAsync(email);
            host.Clock.Advance(TimeSpan.FromSeconds(61));
        } while (second == first);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.VerifyAsync(email, first, token)).StatusCode);
        Expect(HttpStatusCode.OK, await client.VerifyAsync(email, second, token));
    }

    [Fact]
    public async Task Repeated_wrong_passwords_slow_down_sign_in_with_429_and_Retry_After()
    {
        var email = NewEmail("guessed");
        await client.CreateVerifiedAccountAsync(email);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.LoginAsync(email, "Wrong-Passw0rd-2026");
            Assert.Equal("invalid_credentials", (await Problem.ReadAsync(wrong, HttpStatusCode.Unauthorized)).Code);
        }
        var throttled = await client.LoginAsync(email);

        Assert.Equal("rate_limited", (await Problem.ReadAsync(throttled, (HttpStatusCode)429)).Code);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.Headers.RetryAfter?.Delta);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Expect(HttpStatusCode.OK, await client.LoginAsync(email));
    }

    [Fact]
    public async Task Unknown_addresses_and_wrong_passwords_get_one_answer()
    {
        var email = NewEmail("known");
        await client.CreateVerifiedAccountAsync(email);

        var wrongPassword = await Problem.ReadAsync(await client.LoginAsync(email, "Wrong-Passw0rd-2026"), HttpStatusCode.Unauthorized);
        var unknown = await Problem.ReadAsync(await client.LoginAsync(NewEmail(), "Wrong-Passw0rd-2026"), HttpStatusCode.Unauthorized);

        Assert.Equal(wrongPassword.Shape, unknown.Shape);
    }
}
