using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Accounts;

/// <summary>The last email to an address whose account was deleted: what went, and that nothing more will come.</summary>
public static class AccountDeletedEmail
{
    public sealed record Wording(string Subject, string Heading, string What, string Last, string NotYou);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Subject: "Your NATO Multimedia account has been deleted",
            Heading: "Your account has been deleted",
            What: "Your account has been deleted, as you asked. Your profile, your sessions and your newsletter subscription are gone, and your download history is no longer linked to you.",
            Last: "This is the last email we send to this address. You are welcome to register again at any time:",
            NotYou: "If you did not delete your account, someone knew your password: if you register again, choose a new one."),
        French: new(
            Subject: "Votre compte NATO Multimedia a été supprimé",
            Heading: "Votre compte a été supprimé",
            What: "Votre compte a été supprimé, comme vous l’avez demandé. Votre profil, vos sessions et votre abonnement à la lettre d’information ont été effacés, et votre historique de téléchargement n’est plus associé à votre personne.",
            Last: "Ce message est le dernier que nous envoyons à cette adresse. Vous pouvez vous inscrire de nouveau à tout moment :",
            NotYou: "Si vous n’avez pas supprimé votre compte, quelqu’un connaissait votre mot de passe : si vous vous inscrivez de nouveau, choisissez-en un autre."));

    public static RenderedEmail Render(AccountDeleted deleted, PortalOptions portal)
    {
        var language = EmailLanguage.Of(deleted.Language);
        var words = Words.In(deleted.Language);
        var greeting = language.Greet(deleted.FirstName);

        var text = EmailLayout.Text(language, $"""
            {greeting}

            {words.What}

            {words.Last}
            {portal.HomeUrl.AbsoluteUri}

            {words.NotYou}
            """);

        var html = EmailLayout.Html(language, words.Subject,
            Html.Heading(words.Heading) +
            Html.Paragraph(greeting) +
            Html.Paragraph(words.What) +
            Html.Paragraph(words.Last) +
            Html.Button(portal.HomeUrl, language.GoToPortal) +
            Html.Paragraph(words.NotYou));

        return new RenderedEmail(words.Subject, text, html);
    }
}
