using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

/// <summary>Tells the old address that the account moved away from it, so that a change its owner did not make is noticed.</summary>
public static class EmailChangedEmail
{
    /// <param name="Done">{0} is the new address.</param>
    public sealed record Wording(string Subject, string Heading, string Done, string NotYou);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Your NATO Multimedia email address has been changed",
            Heading: "Your email address has been changed",
            Done: "The email address of your NATO Multimedia account has been changed to {0}. From now on you log in with that address, and this one receives no more emails about the account.",
            NotYou: "If you did not make this change, someone else knows your password. Contact the NATO Multimedia team through the portal at once:"),
        French: new(
            Subject: "L’adresse électronique de votre compte NATO Multimedia a été modifiée",
            Heading: "Votre adresse électronique a été modifiée",
            Done: "L’adresse électronique de votre compte NATO Multimedia est désormais {0}. C’est avec elle que vous vous connecterez, et cette adresse-ci ne recevra plus de message concernant le compte.",
            NotYou: "Si vous n’êtes pas à l’origine de cette modification, quelqu’un d’autre connaît votre mot de passe. Contactez sans attendre l’équipe NATO Multimedia depuis le portail :"));

    public static RenderedEmail Render(EmailChanged changed, PortalOptions portal)
    {
        var language = EmailLanguage.Of(changed.Language);
        var words = Words.In(changed.Language);
        var greeting = language.Greet(changed.FirstName);
        var done = string.Format(language.Culture, words.Done, changed.NewEmail);

        var text = EmailLayout.Text(language, $"""
            {greeting}

            {done}

            {words.NotYou}
            {portal.HomeUrl.AbsoluteUri}
            """);

        var html = EmailLayout.Html(language, words.Subject,
            Html.Heading(words.Heading) +
            Html.Paragraph(greeting) +
            Html.Paragraph(done) +
            Html.Paragraph(words.NotYou) +
            Html.Button(portal.HomeUrl, language.GoToPortal));

        return new RenderedEmail(words.Subject, text, html);
    }
}
