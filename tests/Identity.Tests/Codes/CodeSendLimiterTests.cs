using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NatoAspire.Identity.Codes;
using NatoAspire.Identity.Tests.Support;

namespace NatoAspire.Identity.Tests.Codes;

[Collection(IdentityCollection.Name)]
public sealed class CodeSendLimiterTests(IdentityHost host)
{
    readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    readonly string email = AccountClient.NewEmail("limits");

    CodeSendLimiter Limiter => new(host.Redis, Options.Create(new CodeOptions { HmacKey = new string('k', 32) }), clock);

    [Fact]
    public async Task A_second_code_within_60_seconds_is_refused_until_the_minute_is_over()
    {
        Assert.True((await Limiter.TryAcquireAsync(email, CodePurpose.Verification)).Granted);
        clock.Advance(TimeSpan.FromSeconds(20));

        var refused = await Limiter.TryAcquireAsync(email, CodePurpose.Verification);
        Assert.False(refused.Granted);
        Assert.Equal(TimeSpan.FromSeconds(40), refused.RetryAfter);

        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True((await Limiter.TryAcquireAsync(email, CodePurpose.Verification)).Granted);
    }

    [Fact]
    public async Task At_most_five_codes_go_out_in_an_hour()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await Limiter.TryAcquireAsync(email, CodePurpose.PasswordReset)).Granted, $"send {i + 1}");
            clock.Advance(TimeSpan.FromSeconds(61));
        }

        var refused = await Limiter.TryAcquireAsync(email, CodePurpose.PasswordReset);
        Assert.False(refused.Granted);
        Assert.Equal(TimeSpan.FromHours(1) - 5 * TimeSpan.FromSeconds(61), refused.RetryAfter);

        clock.Advance(refused.RetryAfter);
        Assert.True((await Limiter.TryAcquireAsync(email, CodePurpose.PasswordReset)).Granted);
    }

    [Fact]
    public async Task Purposes_are_limited_separately()
    {
        Assert.True((await Limiter.TryAcquireAsync(email, CodePurpose.Verification)).Granted);
        Assert.True((await Limiter.TryAcquireAsync(email, CodePurpose.PasswordReset)).Granted);
        Assert.False((await Limiter.TryAcquireAsync(email, CodePurpose.Verification)).Granted);
    }
}
