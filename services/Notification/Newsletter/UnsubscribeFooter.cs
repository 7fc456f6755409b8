using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Newsletter;

/// <summary>The footer every newsletter email carries, beside its List-Unsubscribe header, in the subscriber's language.</summary>
static class UnsubscribeFooter
{
    public sealed record Wording(string Reason, string Unsubscribe);

    public static readonly Bilingual<Wording> Words = new(
        English: new(
            Reason: "You receive this email because you subscribed to the NATO Multimedia newsletter.",
            Unsubscribe: "Unsubscribe"),
        French: new(
            Reason: "Vous recevez ce message parce que votre adresse est abonnée à la lettre d’information NATO Multimedia.",
            Unsubscribe: "Se désabonner"));

    public static string Text(EmailLanguage language, Uri unsubscribeUrl)
    {
        var words = Words.In(language.Code);
        var separator = language.Code == PortalLanguages.French ? " :" : ":";
        return $"{words.Reason}\n{words.Unsubscribe}{separator} {unsubscribeUrl.AbsoluteUri}";
    }

    public static string Html(EmailLanguage language, Uri unsubscribeUrl)
    {
        var words = Words.In(language.Code);
        return $"{Rendering.Html.Encode(words.Reason)}<br><a href=\"{Rendering.Html.Encode(unsubscribeUrl.AbsoluteUri)}\" style=\"color:#667085;\">{Rendering.Html.Encode(words.Unsubscribe)}</a>";
    }

    /// <summary>Only a web address can be a one-click link; anything else in the event is a bug upstream.</summary>
    public static Uri Checked(Uri unsubscribeUrl) =>
        unsubscribeUrl is { IsAbsoluteUri: true, Scheme: "https" or "http" }
            ? unsubscribeUrl
            : throw new ArgumentException("The unsubscribe link must be an absolute http(s) address.", nameof(unsubscribeUrl));
}
