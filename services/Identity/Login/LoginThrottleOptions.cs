namespace NatoAspire.Identity.Login;

public sealed class LoginThrottleOptions
{
    public const string Section = "LoginThrottle";

    /// <summary>Failures in the last hour that cost nothing; after them each failure doubles the wait. Defaults to 5.</summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The longest wait a stranger can impose on an address (it ends by itself). Defaults to 5 minutes.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A hard ceiling on failures an hour, whatever the delays allow, for the address's untrusted clients together
    /// (NIST SP 800-63B §5.2.2: at most 100) and for each trusted device on its own. Defaults to 100.
    /// </summary>
    public int MaxFailuresPerHour { get; set; } = 100;

    /// <summary>How long a device token keeps a client trusted for the address it signed in to. Defaults to 90 days.</summary>
    public TimeSpan DeviceTokenLifetime { get; set; } = TimeSpan.FromDays(90);
}
