using System.Net.Mail;

namespace NatoAspire.Identity.Validation;

/// <summary>Email addresses are trimmed and compared case-insensitively, so they are stored lower-cased.</summary>
public static class EmailAddress
{
    public const int MaximumLength = 254;

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>The problem with <paramref name="email"/>, or null when it is a plausible address.</summary>
    public static string? Problem(string? email)
    {
        if (string.IsNullOrWhiteSpace(email)) return "An email address is required.";
        var trimmed = email.Trim();
        if (trimmed.Length > MaximumLength) return $"The email address must be at most {MaximumLength} characters long.";
        if (!IsWellFormed(trimmed)) return "The email address is not valid.";
        return null;
    }

    static bool IsWellFormed(string email)
    {
        if (ControlCharacters.AnyIn(email) || email.Any(c => char.IsWhiteSpace(c) || c > '\u007e' && !char.IsLetterOrDigit(c))) return false;
        var at = email.LastIndexOf('@');
        if (at <= 0 || at > 64 || at == email.Length - 1 || email.IndexOf('@') != at) return false;
        var domain = email[(at + 1)..];
        if (!domain.Contains('.') || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..")) return false;
        if (domain.Split('.').Any(label => label.Length > 63 || label.StartsWith('-') || label.EndsWith('-'))) return false;
        return MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;
    }
}
