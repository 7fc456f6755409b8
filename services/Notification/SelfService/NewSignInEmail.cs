using System.Globalization;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

/// <summary>Tells the owner of a sign-in from a device the account had not used before, with the way to undo it.</summary>
public static class NewSignInEmail
{
    public const string Subject = "Security alert: a new sign-in to your NATO Multimedia account";

    public static RenderedEmail Render(SignedInFromNewDevice signIn, PortalOptions portal)
    {
        var greeting = $"Dear {signIn.FirstName},";
        var when = signIn.SignedInAt.ToUniversalTime().ToString("HH:mm 'UTC on' d MMMM yyyy", CultureInfo.InvariantCulture);
        var what = $"Your NATO Multimedia account was signed in to from a device it had not used before, at {when}.";
        var device = $"Device: {(string.IsNullOrWhiteSpace(signIn.UserAgent) ? "unknown" : signIn.UserAgent)}";
        const string you = "If this was you, there is nothing to do.";
        const string notYou = "If it was not you, change your password now and sign that device out:";

        var text = EmailLayout.Text($"""
            {greeting}

            {what}
            {device}

            {you}

            {notYou}
            {portal.ChangePasswordUrl.AbsoluteUri}
            {portal.SessionsUrl.AbsoluteUri}
            """);

        var html = EmailLayout.Html(Subject,
            Html.Heading("A new sign-in to your account") +
            Html.Paragraph(greeting) +
            Html.Paragraph(what) +
            Html.Paragraph(device) +
            Html.Paragraph(you) +
            Html.Paragraph(notYou) +
            Html.Button(portal.ChangePasswordUrl, "Change password") +
            $"<p style=\"margin:0 0 16px;\">{Html.Link(portal.SessionsUrl)}</p>");

        return new RenderedEmail(Subject, text, html);
    }
}
