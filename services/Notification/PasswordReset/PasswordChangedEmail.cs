using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.PasswordReset;

/// <summary>Tells the owner that the password changed, so that a change they did not make does not go unnoticed.</summary>
public static class PasswordChangedEmail
{
    public const string Subject = "Your password has been updated";

    public static RenderedEmail Render(PasswordChanged changed, PortalOptions portal)
    {
        var greeting = $"Dear {changed.FirstName},";
        const string done = "Your password has been updated. You can now log in to NATO Multimedia with your new password; every other session has been signed out.";
        const string notYou = "If you did not change your password, reset it now:";

        var text = EmailLayout.Text($"""
            {greeting}

            {done}

            {portal.HomeUrl.AbsoluteUri}

            {notYou}
            {portal.ResetPasswordUrl.AbsoluteUri}
            """);

        var html = EmailLayout.Html(Subject,
            Html.Heading(Subject) +
            Html.Paragraph(greeting) +
            Html.Paragraph(done) +
            Html.Button(portal.HomeUrl, "Go to NATO Multimedia") +
            Html.Paragraph(notYou) +
            $"<p style=\"margin:0 0 16px;\">{Html.Link(portal.ResetPasswordUrl)}</p>");

        return new RenderedEmail(Subject, text, html);
    }
}
