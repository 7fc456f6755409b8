using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace NatoAspire.Gateway.RateLimiting;

/// <summary>
/// One client's budget counted in Redis (an atomic script, one round trip), or by <paramref name="local"/> while
/// Redis fails; the local count is only consulted then, so it never rejects what the shared count allows.
/// </summary>
sealed class FailOpenRateLimiter(RateLimiter shared, RateLimiter local, SharedRateLimitCounters counters) : RateLimiter
{
    public override TimeSpan? IdleDuration =>
        shared.IdleDuration is { } sharedIdle && local.IdleDuration is { } localIdle
            ? TimeSpan.FromTicks(Math.Min(sharedIdle.Ticks, localIdle.Ticks))
            : null;

    public override RateLimiterStatistics? GetStatistics() => shared.GetStatistics();

    // Redis answers only asynchronously: this lease is never acquired, and the middleware then awaits AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => shared.AttemptAcquire(permitCount);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        try
        {
            var lease = await shared.AcquireAsync(permitCount, cancellationToken);
            counters.Answered();
            return lease;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            counters.Unreachable(exception);
            return await local.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            shared.Dispose();
            local.Dispose();
        }
        base.Dispose(disposing);
    }
}
