using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Verification;

/// <summary>The code that verifies a new account's email address.</summary>
public static class VerificationEmail
{
    public const string Subject = "Your NATO Multimedia verification code";

    public static RenderedEmail Render(VerificationCodeIssued issued) => CodeEmail.Render(
        Subject,
        opening: $"Dear {issued.FirstName},",
        intro: "Thank you for creating a NATO Multimedia account. Enter this code to verify your account:",
        issued.Code,
        issued.ExpiresAt,
        issued.ValidFor,
        notYou: "If you did not create an account, you can ignore this email: no account is created without the code.");
}
