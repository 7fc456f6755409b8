using StackExchange.Redis;

namespace NatoAspire.Gateway.RateLimiting;

/// <summary>
/// Where the per-IP limits are counted: in Redis, one count for every gateway replica, or, while Redis does not
/// answer, in each process on its own (fail open: an outage of Redis must not close the portal). Each change
/// between the two is logged once.
/// </summary>
sealed class SharedRateLimitCounters(IConnectionMultiplexer redis, ILogger<SharedRateLimitCounters> logger)
{
    int countingLocally;

    public IConnectionMultiplexer Redis => redis;

    public void Answered()
    {
        if (Interlocked.Exchange(ref countingLocally, 0) == 1)
            logger.LogInformation("Redis answers again: the rate limits are counted in Redis, for every gateway replica");
    }

    public void Unreachable(Exception exception)
    {
        if (Interlocked.Exchange(ref countingLocally, 1) == 0)
            logger.LogWarning("Redis does not answer ({Error}): each gateway process counts its own rate limits until it does", exception.Message);
    }
}
