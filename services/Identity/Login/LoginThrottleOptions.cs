namespace NatoAspire.Identity.Login;

/// <summary>How failed sign-ins slow down the next ones (section <c>LoginThrottle</c>); nothing ever locks an account for good.</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "LoginThrottle";

    /// <summary>
    /// Failures within <see cref="FailureWindow"/> that cost nothing; after them each failure doubles the wait before
    /// the next try (from 1 s), and a try sooner answers 429 <c>rate_limited</c> with <c>Retry-After</c>. Counted for
    /// unknown addresses exactly as for known ones. Defaults to 5.
    /// </summary>
    public int FreeFailures { get; set; } = 5;

    /// <summary>The longest wait a stranger can impose on an address (it ends by itself). Defaults to 5 minutes.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A hard ceiling on failures within <see cref="FailureWindow"/>, whatever the delays allow, for the address's
    /// untrusted clients together (NIST SP 800-63B §5.2.2: at most 100 an hour) and for each trusted device on its own.
    /// Defaults to 100.
    /// </summary>
    public int MaxFailuresPerWindow { get; set; } = 100;

    /// <summary>How long a failure counts: the window of both <see cref="FreeFailures"/> and <see cref="MaxFailuresPerWindow"/>. Defaults to 1 hour.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a device token keeps a client trusted for the address it signed in to. Defaults to 90 days.</summary>
    public TimeSpan DeviceTokenLifetime { get; set; } = TimeSpan.FromDays(90);
}
