using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Accounts;

/// <summary>The last email to an address whose account was deleted: what went, and that nothing more will come.</summary>
public static class AccountDeletedEmail
{
    public const string Subject = "Your NATO Multimedia account has been deleted";

    public static RenderedEmail Render(AccountDeleted deleted, PortalOptions portal)
    {
        var greeting = $"Dear {deleted.FirstName},";
        const string what = "Your account has been deleted, as you asked. Your profile, your sessions and your newsletter subscription are gone, and your download history is no longer linked to you.";
        const string last = "This is the last email we send to this address. You are welcome to register again at any time:";
        const string notYou = "If you did not delete your account, someone knew your password: if you register again, choose a new one.";

        var text = EmailLayout.Text($"""
            {greeting}

            {what}

            {last}
            {portal.HomeUrl.AbsoluteUri}

            {notYou}
            """);

        var html = EmailLayout.Html(Subject,
            Html.Heading("Your account has been deleted") +
            Html.Paragraph(greeting) +
            Html.Paragraph(what) +
            Html.Paragraph(last) +
            Html.Button(portal.HomeUrl, "Go to NATO Multimedia") +
            Html.Paragraph(notYou));

        return new RenderedEmail(Subject, text, html);
    }
}
