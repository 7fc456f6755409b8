using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Registration;

/// <summary>
/// Goes to the owner of an address that someone tried to register again, instead of a code: the answer to
/// the registration is the same either way, so only the owner learns that the account exists. It is in the
/// account's language, not the attempt's: the reader is the owner, whoever registered.
/// </summary>
public static class AccountExistsEmail
{
    public sealed record Wording(string Subject, string Heading, string What, string Forgot, string ResetButton, string NotYou);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "You already have a NATO Multimedia account",
            Heading: "You already have an account",
            What: "Someone, probably you, tried to create a NATO Multimedia account with this email address. You already have an account, so no new one was created.",
            Forgot: "Log in with your existing password. If you have forgotten it, reset your password here:",
            ResetButton: "Reset password",
            NotYou: "If it was not you, you can ignore this email: nothing has changed."),
        French: new(
            Subject: "Vous avez déjà un compte NATO Multimedia",
            Heading: "Vous avez déjà un compte",
            What: "Quelqu’un, probablement vous, a tenté de créer un compte NATO Multimedia avec cette adresse électronique. Comme vous avez déjà un compte, aucun nouveau compte n’a été créé.",
            Forgot: "Connectez-vous avec votre mot de passe habituel. Si vous l’avez oublié, réinitialisez-le ici :",
            ResetButton: "Réinitialiser le mot de passe",
            NotYou: "Si vous n’êtes pas à l’origine de cette tentative, vous pouvez ignorer ce message : rien n’a changé."));

    public static RenderedEmail Render(RegistrationAttemptedForExistingAccount attempt, PortalOptions portal)
    {
        var language = EmailLanguage.Of(attempt.Language);
        var words = Words.In(attempt.Language);
        var greeting = language.Greet(attempt.FirstName);

        var text = EmailLayout.Text(language, $"""
            {greeting}

            {words.What}

            {words.Forgot}
            {portal.ResetPasswordUrl.AbsoluteUri}

            {words.NotYou}
            """);

        var html = EmailLayout.Html(language, words.Subject,
            Html.Heading(words.Heading) +
            Html.Paragraph(greeting) +
            Html.Paragraph(words.What) +
            Html.Paragraph(words.Forgot) +
            Html.Button(portal.ResetPasswordUrl, words.ResetButton) +
            Html.Paragraph(words.NotYou));

        return new RenderedEmail(words.Subject, text, html);
    }
}
