using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.SelfService;

/// <summary>The code that proves the new address of an email change; it goes to that new address, in the account's language.</summary>
public static class EmailChangeCodeEmail
{
    public sealed record Wording(string Subject, string Intro, string NotYou);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Confirm your new NATO Multimedia email address",
            Intro: "You asked to use this email address for your NATO Multimedia account. Enter this code on the Change email address page to confirm it:",
            NotYou: "If you did not ask for this, you can ignore this email: no account uses this address without the code."),
        French: new(
            Subject: "Confirmez votre nouvelle adresse électronique NATO Multimedia",
            Intro: "Vous avez demandé à utiliser cette adresse électronique pour votre compte NATO Multimedia. Pour la confirmer, saisissez ce code sur la page « Modifier l’adresse électronique » :",
            NotYou: "Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message : aucun compte n’utilisera cette adresse sans ce code."));

    public static RenderedEmail Render(EmailChangeCodeIssued issued)
    {
        var language = EmailLanguage.Of(issued.Language);
        var words = Words.In(issued.Language);
        return CodeEmail.Render(language, words.Subject, language.Greet(issued.FirstName), words.Intro,
            issued.Code, issued.ExpiresAt, issued.ValidFor, words.NotYou);
    }
}
