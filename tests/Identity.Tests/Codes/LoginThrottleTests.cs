using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NatoAspire.Identity.Login;
using NatoAspire.Identity.Tests.Support;

namespace NatoAspire.Identity.Tests.Codes;

[Collection(IdentityCollection.Name)]
public sealed class LoginThrottleTests(IdentityHost host)
{
    readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    readonly LoginBucket bucket = LoginBucket.Untrusted(AccountClient.NewEmail("throttle"));

    LoginThrottle Throttle => new(host.Redis, Options.Create(new LoginThrottleOptions()), clock);

    [Fact]
    public async Task Five_failures_are_free_then_each_one_doubles_the_wait()
    {
        for (var i = 0; i < 5; i++) Assert.True((await Throttle.TryAsync(bucket)).Allowed);

        Assert.Equal(TimeSpan.FromSeconds(1), (await Throttle.TryAsync(bucket)).RetryAfter);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await Throttle.TryAsync(bucket)).Allowed);
        Assert.Equal(TimeSpan.FromSeconds(2), (await Throttle.TryAsync(bucket)).RetryAfter);
    }

    [Fact]
    public async Task The_wait_never_exceeds_five_minutes_and_ends_by_itself()
    {
        for (var failures = 0; failures < 20;)
        {
            var attempt = await Throttle.TryAsync(bucket);
            if (attempt.Allowed) failures++;
            else clock.Advance(attempt.RetryAfter);
        }

        Assert.Equal(TimeSpan.FromMinutes(5), (await Throttle.TryAsync(bucket)).RetryAfter);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await Throttle.TryAsync(bucket)).Allowed);
    }

    [Fact]
    public async Task No_more_than_100_failures_an_hour_even_all_at_once()
    {
        var throttle = new LoginThrottle(host.Redis, Options.Create(new LoginThrottleOptions { FreeFailures = 1000 }), clock);

        var tries = await Task.WhenAll(Enumerable.Range(0, 150).Select(_ => throttle.TryAsync(bucket)));

        Assert.Equal(100, tries.Count(t => t.Allowed));
        Assert.Equal(TimeSpan.FromHours(1), (await throttle.TryAsync(bucket)).RetryAfter);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await throttle.TryAsync(bucket)).Allowed);
    }

    [Fact]
    public async Task A_success_takes_back_only_its_own_try()
    {
        for (var i = 0; i < 4; i++) await Throttle.TryAsync(bucket);
        var right = await Throttle.TryAsync(bucket);

        await Throttle.SucceededAsync(right);

        Assert.True((await Throttle.TryAsync(bucket)).Allowed);
        Assert.False((await Throttle.TryAsync(bucket)).Allowed);
    }

    [Fact]
    public async Task A_success_on_a_trusted_device_clears_its_failures()
    {
        var device = LoginBucket.Device(AccountClient.NewEmail("device"), "0123456789abcdef0123456789abcdef");
        for (var i = 0; i < 8; i++) clock.Advance((await Throttle.TryAsync(device)).RetryAfter);
        clock.Advance(TimeSpan.FromMinutes(5));

        await Throttle.SucceededAsync(await Throttle.TryAsync(device));

        for (var i = 0; i < 5; i++) Assert.True((await Throttle.TryAsync(device)).Allowed);
    }
}
