namespace NatoAspire.Identity.Login;

public sealed class LoginThrottleOptions
{
    public const string Section = "LoginThrottle";

    /// <summary>Failures in the last hour that cost nothing; after them each failure doubles the wait.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The longest wait a stranger can impose on an account (it ends by itself).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A hard ceiling on failures an hour, whatever the delays allow.</summary>
    public int MaxFailuresPerHour { get; set; } = 100;
}
