namespace NatoAspire.Identity.Passwords;

public sealed class PasswordOptions
{
    public const string Section = "Passwords";

    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512; tests lower it by configuration.</summary>
    public const int DefaultIterations = 210_000;

    public int Iterations { get; set; } = DefaultIterations;
}
