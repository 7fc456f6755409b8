namespace NatoAspire.Web.KeyRing;

/// <summary>
/// The data-protection key ring behind session cookies, antiforgery tokens and TempData. Every replica reads the
/// same ring from Redis, so a cookie written by one replica is read by any other.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// Encrypts every key before it is written to Redis: a PKCS#12 file (RSA key included, no password), base64.
    /// Required; appsettings.Development.json holds a development certificate, refused outside Development.
    /// </summary>
    public string Certificate { get; set; } = "";

    /// <summary>
    /// Certificates that encrypted keys before <see cref="Certificate"/> replaced them, still needed to decrypt those
    /// keys until they expire (90 days); same format. Defaults to none.
    /// </summary>
    public List<string> PreviousCertificates { get; set; } = [];
}
