using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Verification;

/// <summary>The code that verifies a new account's email address, in the language the account registered in.</summary>
public static class VerificationEmail
{
    public sealed record Wording(string Subject, string Intro, string NotYou);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Your NATO Multimedia verification code",
            Intro: "Thank you for creating a NATO Multimedia account. Enter this code to verify your account:",
            NotYou: "If you did not create an account, you can ignore this email: no account is created without the code."),
        French: new(
            Subject: "Votre code de vérification NATO Multimedia",
            Intro: "Merci d’avoir créé un compte NATO Multimedia. Saisissez ce code pour vérifier votre compte :",
            NotYou: "Si vous n’avez pas créé de compte, vous pouvez ignorer ce message : aucun compte n’est créé sans ce code."));

    public static RenderedEmail Render(VerificationCodeIssued issued)
    {
        var language = EmailLanguage.Of(issued.Language);
        var words = Words.In(issued.Language);
        return CodeEmail.Render(language, words.Subject, language.Greet(issued.FirstName), words.Intro,
            issued.Code, issued.ExpiresAt, issued.ValidFor, words.NotYou);
    }
}
