using System.Globalization;

namespace NatoAspire.Notification.Rendering;

/// <summary>How the emails that carry a code state its validity, in the portal's own words.</summary>
static class CodeValidity
{
    /// <summary>Identity's codes live 30 minutes (docs/contract.md §4).</summary>
    public const string Sentence = "This code will expire in 30 minutes.";

    /// <summary>The sentence plus the moment itself, which stays right even if the email arrives late.</summary>
    public static string Describe(DateTimeOffset expiresAt) =>
        $"{Sentence} It is valid until {expiresAt.ToUniversalTime().ToString("HH:mm 'UTC on' d MMMM yyyy", CultureInfo.InvariantCulture)}.";
}
