namespace NatoAspire.Identity.Codes;

/// <summary>The rules of verification and password-reset codes (section <c>Codes</c>; CONTRACT §4).</summary>
public sealed class CodeOptions
{
    public const string Section = "Codes";

    /// <summary>
    /// The server secret that keys the HMAC of every stored code (and, derived from it, of device tokens). No default:
    /// identity refuses to start without one of at least 32 characters, and outside Development with the development one.
    /// </summary>
    public string HmacKey { get; set; } = "";

    /// <summary>
    /// How long a code works, and how long a wrong try counts against the next one. Every email and page that
    /// carries a code says this figure (through the events' <c>ValidFor</c> and the answers' <c>codeExpiresInSeconds</c>).
    /// Defaults to 30 minutes.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Wrong tries after which a code is dead: the next try, a right one too, is refused with 429
    /// <c>code_attempts_exceeded</c> until a new code is sent and the tries of the last <see cref="Lifetime"/> age out.
    /// Tries count for unknown addresses and addresses without a code exactly as for others. Defaults to 5.
    /// </summary>
    public int MaxWrongTriesPerCode { get; set; } = 5;

    /// <summary>
    /// Wrong tries an address may have for one purpose in any 24 hours, across every code sent to it; beyond it every
    /// try, a right one too, is refused with 429 <c>code_attempts_exceeded</c> and <c>Retry-After</c> until the oldest
    /// is a day old. Defaults to 20: four dead codes a day.
    /// </summary>
    public int MaxWrongTriesPerDay { get; set; } = 20;

    /// <summary>
    /// The shortest time between two codes to one address for one purpose (the one sent at registration counts);
    /// a request sooner answers 429 <c>rate_limited</c> with <c>Retry-After</c>, for unknown addresses too.
    /// Defaults to 60 seconds.
    /// </summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Codes one address may be sent for one purpose within <see cref="SendWindow"/>; one more answers 429
    /// <c>rate_limited</c> until the oldest leaves the window. Defaults to 5.
    /// </summary>
    public int MaxSendsPerWindow { get; set; } = 5;

    /// <summary>The sliding window <see cref="MaxSendsPerWindow"/> counts in. Defaults to 1 hour.</summary>
    public TimeSpan SendWindow { get; set; } = TimeSpan.FromHours(1);
}
