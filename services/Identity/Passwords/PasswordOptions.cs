namespace NatoAspire.Identity.Passwords;

/// <summary>How passwords are hashed (section <c>Passwords</c>).</summary>
public sealed class PasswordOptions
{
    public const string Section = "Passwords";

    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512.</summary>
    public const int DefaultIterations = 210_000;

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations of every new hash; a sign-in with an older, weaker hash stores a new one. Tests
    /// lower it by configuration, never production. Defaults to <see cref="DefaultIterations"/> (210,000).
    /// </summary>
    public int Iterations { get; set; } = DefaultIterations;
}
