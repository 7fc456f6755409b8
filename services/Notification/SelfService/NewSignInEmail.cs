using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

/// <summary>Tells the owner of a sign-in from a device the account had not used before, with the way to undo it.</summary>
public static class NewSignInEmail
{
    /// <param name="What">{0} is the moment of the sign-in.</param>
    /// <param name="Device">{0} is the device's user agent, or <paramref name="UnknownDevice"/>.</param>
    public sealed record Wording(
        string Subject, string Heading, string What, string Device, string UnknownDevice, string You, string NotYou, string ChangePasswordButton);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Security alert: a new sign-in to your NATO Multimedia account",
            Heading: "A new sign-in to your account",
            What: "Your NATO Multimedia account was signed in to from a device it had not used before, at {0}.",
            Device: "Device: {0}",
            UnknownDevice: "unknown",
            You: "If this was you, there is nothing to do.",
            NotYou: "If it was not you, change your password now and sign that device out:",
            ChangePasswordButton: "Change password"),
        French: new(
            Subject: "Alerte de sécurité : une nouvelle connexion à votre compte NATO Multimedia",
            Heading: "Une nouvelle connexion à votre compte",
            What: "Nous avons constaté une nouvelle connexion à votre compte NATO Multimedia depuis un appareil encore jamais utilisé, le {0}.",
            Device: "Appareil : {0}",
            UnknownDevice: "inconnu",
            You: "Si c’était vous, vous n’avez rien à faire.",
            NotYou: "Si ce n’était pas vous, changez votre mot de passe dès maintenant et déconnectez cet appareil :",
            ChangePasswordButton: "Changer le mot de passe"));

    public static RenderedEmail Render(SignedInFromNewDevice signIn, PortalOptions portal)
    {
        var language = EmailLanguage.Of(signIn.Language);
        var words = Words.In(signIn.Language);
        var greeting = language.Greet(signIn.FirstName);
        var what = string.Format(language.Culture, words.What, language.Moment(signIn.SignedInAt));
        var device = string.Format(language.Culture, words.Device,
            string.IsNullOrWhiteSpace(signIn.UserAgent) ? words.UnknownDevice : signIn.UserAgent);

        var text = EmailLayout.Text(language, $"""
            {greeting}

            {what}
            {device}

            {words.You}

            {words.NotYou}
            {portal.ChangePasswordUrl.AbsoluteUri}
            {portal.SessionsUrl.AbsoluteUri}
            """);

        var html = EmailLayout.Html(language, words.Subject,
            Html.Heading(words.Heading) +
            Html.Paragraph(greeting) +
            Html.Paragraph(what) +
            Html.Paragraph(device) +
            Html.Paragraph(words.You) +
            Html.Paragraph(words.NotYou) +
            Html.Button(portal.ChangePasswordUrl, words.ChangePasswordButton) +
            $"<p style=\"margin:0 0 16px;\">{Html.Link(portal.SessionsUrl)}</p>");

        return new RenderedEmail(words.Subject, text, html);
    }
}
