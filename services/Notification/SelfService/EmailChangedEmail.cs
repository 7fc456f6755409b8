using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

/// <summary>Tells the old address that the account moved away from it, so that a change its owner did not make is noticed.</summary>
public static class EmailChangedEmail
{
    public const string Subject = "Your NATO Multimedia email address has been changed";

    public static RenderedEmail Render(EmailChanged changed, PortalOptions portal)
    {
        var greeting = $"Dear {changed.FirstName},";
        var done = $"The email address of your NATO Multimedia account has been changed to {changed.NewEmail}. From now on you log in with that address, and this one receives no more emails about the account.";
        const string notYou = "If you did not make this change, someone else knows your password. Contact the NATO Multimedia team through the portal at once:";

        var text = EmailLayout.Text($"""
            {greeting}

            {done}

            {notYou}
            {portal.HomeUrl.AbsoluteUri}
            """);

        var html = EmailLayout.Html(Subject,
            Html.Heading("Your email address has been changed") +
            Html.Paragraph(greeting) +
            Html.Paragraph(done) +
            Html.Paragraph(notYou) +
            Html.Button(portal.HomeUrl, "Go to NATO Multimedia"));

        return new RenderedEmail(Subject, text, html);
    }
}
