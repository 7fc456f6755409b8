using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

/// <summary>The code that proves the new address of an email change; it goes to that new address.</summary>
public static class EmailChangeCodeEmail
{
    public const string Subject = "Confirm your new NATO Multimedia email address";

    public static RenderedEmail Render(EmailChangeCodeIssued issued) => CodeEmail.Render(
        Subject,
        opening: $"Dear {issued.FirstName},",
        intro: "You asked to use this email address for your NATO Multimedia account. Enter this code on the Change email address page to confirm it:",
        issued.Code,
        issued.ExpiresAt,
        issued.ValidFor,
        notYou: "If you did not ask for this, you can ignore this email: no account uses this address without the code.");
}
