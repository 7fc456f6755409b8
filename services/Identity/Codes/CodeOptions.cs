namespace NatoAspire.Identity.Codes;

public sealed class CodeOptions
{
    public const string Section = "Codes";

    /// <summary>The server secret that keys the HMAC of every stored code.</summary>
    public string HmacKey { get; set; } = "";

    /// <summary>How long a code works, and how long a wrong try counts against the next one. Defaults to 30 minutes.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Wrong tries after which a code is dead, and after which a wrong try answers "too many tries" until the tries of
    /// the last <see cref="Lifetime"/> age out, whether or not a new code was sent meanwhile. Defaults to 5.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// Wrong tries an address may have for one purpose in any 24 hours, across every code sent to it; beyond it every
    /// try, a right one too, is refused until the oldest is a day old. Defaults to 20: four dead codes a day.
    /// </summary>
    public int MaxWrongTriesPerDay { get; set; } = 20;

    /// <summary>The shortest time between two codes to one address for one purpose.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxSendsPerHour { get; set; } = 5;
}
