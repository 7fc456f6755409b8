using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Registration;

/// <summary>
/// Goes to the owner of an address that someone tried to register again, instead of a code: the answer to
/// the registration is the same either way, so only the owner learns that the account exists.
/// </summary>
public static class AccountExistsEmail
{
    public const string Subject = "You already have a NATO Multimedia account";

    public static RenderedEmail Render(RegistrationAttemptedForExistingAccount attempt, PortalOptions portal)
    {
        var greeting = $"Dear {attempt.FirstName},";
        const string what = "Someone, probably you, tried to create a NATO Multimedia account with this email address. You already have an account, so no new one was created.";
        const string forgot = "Log in with your existing password. If you have forgotten it, reset your password here:";
        const string notYou = "If it was not you, you can ignore this email: nothing has changed.";

        var text = EmailLayout.Text($"""
            {greeting}

            {what}

            {forgot}
            {portal.ResetPasswordUrl.AbsoluteUri}

            {notYou}
            """);

        var html = EmailLayout.Html(Subject,
            Html.Heading("You already have an account") +
            Html.Paragraph(greeting) +
            Html.Paragraph(what) +
            Html.Paragraph(forgot) +
            Html.Button(portal.ResetPasswordUrl, "Reset password") +
            Html.Paragraph(notYou));

        return new RenderedEmail(Subject, text, html);
    }
}
