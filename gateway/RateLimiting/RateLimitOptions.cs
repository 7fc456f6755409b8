namespace NatoAspire.Gateway.RateLimiting;

public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; } = 60;
    public int WindowSeconds { get; set; } = 60;
}
