namespace NatoAspire.Gateway.RateLimiting;

public sealed class RateLimitKeyOptions
{
    public const string Section = "RateLimits";

    /// <summary>
    /// Starts the name of every counter in Redis, so that deployments sharing one Redis keep their counts apart.
    /// Defaults to "natoaspire:gateway:rate-limits:".
    /// </summary>
    public string RedisKeyPrefix { get; set; } = "natoaspire:gateway:rate-limits:";
}
