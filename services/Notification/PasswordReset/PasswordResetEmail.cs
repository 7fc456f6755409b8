using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.PasswordReset;

/// <summary>The code that lets the owner of an address choose a new password, in the account's language.</summary>
public static class PasswordResetEmail
{
    public sealed record Wording(string Subject, string Opening, string Intro, string NotYou);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Reset your NATO Multimedia password",
            Opening: "Reset password",
            Intro: "We received a request to reset the password of your NATO Multimedia account. Enter this code on the Reset password page:",
            NotYou: "If you did not ask to reset your password, you can ignore this email: your password stays as it is."),
        French: new(
            Subject: "Réinitialisez votre mot de passe NATO Multimedia",
            Opening: "Réinitialiser le mot de passe",
            Intro: "Nous avons reçu une demande de réinitialisation du mot de passe de votre compte NATO Multimedia. Saisissez ce code sur la page « Réinitialiser le mot de passe » :",
            NotYou: "Si vous n’avez pas demandé à réinitialiser votre mot de passe, vous pouvez ignorer ce message : votre mot de passe reste inchangé."));

    public static RenderedEmail Render(PasswordResetCodeIssued issued)
    {
        var language = EmailLanguage.Of(issued.Language);
        var words = Words.In(issued.Language);
        return CodeEmail.Render(language, words.Subject, words.Opening, words.Intro,
            issued.Code, issued.ExpiresAt, issued.ValidFor, words.NotYou);
    }
}
