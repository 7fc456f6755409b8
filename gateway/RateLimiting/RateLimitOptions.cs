namespace NatoAspire.Gateway.RateLimiting;

public sealed class RateLimitOptions
{
    /// <summary>Requests one client may make in a window. Defaults to 60.</summary>
    public int PermitLimit { get; set; } = 60;

    /// <summary>The length of the fixed window, in seconds. Defaults to 60.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>
    /// How many permits a gateway takes from Redis in one round trip and then hands out itself
    /// (<see cref="BlockReservingRateLimiter"/>). 1 counts every request in Redis, exactly; more spares Redis and the
    /// gateway a round trip per request, at the price of refusing a client up to (this − 1) × gateway replicas requests
    /// early, never late. Defaults to 1.
    /// </summary>
    public int PermitsPerRedisCall { get; set; } = 1;
}
