using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace NatoAspire.ServiceDefaults.Caching;

/// <summary>
/// What a service says when the shared cache (Redis) fails it: one wording for every service and every step, so that an
/// outage reads the same in every log and one search finds it. Nothing is refused for it; answers are made afresh.
/// </summary>
public static partial class SharedCacheOutage
{
    /// <summary>Whether <paramref name="exception"/> is Redis being away (down, unreachable, too slow) rather than a bug.</summary>
    public static bool Is(Exception exception) => exception is RedisException or TimeoutException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared cache did not answer a read ({Error}): answered without it")]
    public static partial void NotRead(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared cache did not store an answer ({Error})")]
    public static partial void NotStored(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The shared cache's second eviction failed ({Error}); entries expire on their own")]
    public static partial void SecondEvictionFailed(ILogger logger, string error);
}
