using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Tests.Support;

namespace NatoAspire.Identity.Tests.Codes;

[Collection(IdentityCollection.Name)]
public sealed class LoginThrottleTests(IdentityHost host)
{
    readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    readonly string email = AccountClient.NewEmail("throttle");

    LoginThrottle Throttle => new(host.Redis, Options.Create(new LoginThrottleOptions()), clock);

    [Fact]
    public async Task Five_failures_are_free_then_each_one_doubles_the_wait()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(TimeSpan.Zero, await Throttle.WaitBeforeNextTryAsync(email));
            await Throttle.RecordFailureAsync(email);
        }

        Assert.Equal(TimeSpan.FromSeconds(1), await Throttle.WaitBeforeNextTryAsync(email));
        clock.Advance(TimeSpan.FromSeconds(1));
        await Throttle.RecordFailureAsync(email);
        Assert.Equal(TimeSpan.FromSeconds(2), await Throttle.WaitBeforeNextTryAsync(email));
    }

    [Fact]
    public async Task The_wait_never_exceeds_five_minutes_and_ends_by_itself()
    {
        for (var i = 0; i < 20; i++) await Throttle.RecordFailureAsync(email);

        Assert.Equal(TimeSpan.FromMinutes(5), await Throttle.WaitBeforeNextTryAsync(email));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(TimeSpan.Zero, await Throttle.WaitBeforeNextTryAsync(email));
    }

    [Fact]
    public async Task No_more_than_100_failures_an_hour()
    {
        var options = Options.Create(new LoginThrottleOptions { FreeFailures = 1000 });
        var throttle = new LoginThrottle(host.Redis, options, clock);
        for (var i = 0; i < 100; i++) await throttle.RecordFailureAsync(email);

        Assert.Equal(TimeSpan.FromHours(1), await throttle.WaitBeforeNextTryAsync(email));
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.Zero, await throttle.WaitBeforeNextTryAsync(email));
    }

    [Fact]
    public async Task A_success_clears_the_failures()
    {
        for (var i = 0; i < 8; i++) await Throttle.RecordFailureAsync(email);

        await Throttle.ResetAsync(email);

        Assert.Equal(TimeSpan.Zero, await Throttle.WaitBeforeNextTryAsync(email));
    }
}
