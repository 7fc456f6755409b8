namespace NatoAspire.Identity.Codes;

public sealed class CodeOptions
{
    public const string Section = "Codes";

    /// <summary>The server secret that keys the HMAC of every stored code.</summary>
    public string HmacKey { get; set; } = "";

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);

    public int MaxAttempts { get; set; } = 5;

    /// <summary>The shortest time between two codes to one address for one purpose.</summary>
    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxSendsPerHour { get; set; } = 5;
}
