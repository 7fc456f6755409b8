using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.PasswordReset;

/// <summary>Tells the owner that the password changed, so that a change they did not make does not go unnoticed.</summary>
public static class PasswordChangedEmail
{
    public sealed record Wording(string Subject, string Done, string NotYou);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Your password has been updated",
            Done: "Your password has been updated. You can now log in to NATO Multimedia with your new password; every other session has been signed out.",
            NotYou: "If you did not change your password, reset it now:"),
        French: new(
            Subject: "Votre mot de passe a été mis à jour",
            Done: "Votre mot de passe a été mis à jour. Vous pouvez désormais vous connecter à NATO Multimedia avec votre nouveau mot de passe ; toutes vos autres sessions ont été fermées.",
            NotYou: "Si vous n’avez pas modifié votre mot de passe, réinitialisez-le dès maintenant :"));

    public static RenderedEmail Render(PasswordChanged changed, PortalOptions portal)
    {
        var language = EmailLanguage.Of(changed.Language);
        var words = Words.In(changed.Language);
        var greeting = language.Greet(changed.FirstName);

        var text = EmailLayout.Text(language, $"""
            {greeting}

            {words.Done}

            {portal.HomeUrl.AbsoluteUri}

            {words.NotYou}
            {portal.ResetPasswordUrl.AbsoluteUri}
            """);

        var html = EmailLayout.Html(language, words.Subject,
            Html.Heading(words.Subject) +
            Html.Paragraph(greeting) +
            Html.Paragraph(words.Done) +
            Html.Button(portal.HomeUrl, language.GoToPortal) +
            Html.Paragraph(words.NotYou) +
            $"<p style=\"margin:0 0 16px;\">{Html.Link(portal.ResetPasswordUrl)}</p>");

        return new RenderedEmail(words.Subject, text, html);
    }
}
