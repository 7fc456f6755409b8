using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.PasswordReset;

/// <summary>The code that lets the owner of an address choose a new password.</summary>
public static class PasswordResetEmail
{
    public const string Subject = "Reset your NATO Multimedia password";

    public static RenderedEmail Render(PasswordResetCodeIssued issued) => CodeEmail.Render(
        Subject,
        opening: "Reset password",
        intro: "We received a request to reset the password of your NATO Multimedia account. Enter this code on the Reset password page:",
        issued.Code,
        issued.ExpiresAt,
        issued.ValidFor,
        notYou: "If you did not ask to reset your password, you can ignore this email: your password stays as it is.");
}
