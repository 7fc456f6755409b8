using System.Text.Encodings.Web;

namespace NatoAspire.Newsletter.Unsubscribing;

/// <summary>
/// The two tiny pages a person sees when following an unsubscribe link in a browser, in the language the browser asks
/// for (<c>Accept-Language</c>, CONTRACT §7): English or French.
/// </summary>
static class UnsubscribePages
{
    sealed record Wording(string ConfirmTitle, string ConfirmText, string Button, string DoneTitle, string DoneText);

    static readonly Dictionary<string, Wording> Words = new()
    {
        [PortalLanguages.English] = new(
            "Unsubscribe from the newsletter?",
            "You will no longer receive the NATO Multimedia newsletter. Your account stays as it is.",
            "Unsubscribe",
            "You are unsubscribed",
            "You will no longer receive the NATO Multimedia newsletter. You can subscribe again from your account at any time."),
        [PortalLanguages.French] = new(
            "Se désabonner de la lettre d’information\u00A0?",
            "Vous ne recevrez plus la lettre d’information de NATO Multimedia. Votre compte reste tel quel.",
            "Se désabonner",
            "Vous êtes désabonné",
            "Vous ne recevrez plus la lettre d’information de NATO Multimedia. Vous pouvez vous réabonner à tout moment depuis votre compte."),
    };

    /// <summary>Every language the portal speaks has its wording: a test reads this.</summary>
    public static IEnumerable<string> Languages => Words.Keys;

    public static string Confirm(string token, string language)
    {
        var words = Words[PortalLanguages.Normalize(language)];
        return Page(language, words.ConfirmTitle, $"""
            <p>{words.ConfirmText}</p>
            <form method="post" action="{UnsubscribeLinks.Path}?token={HtmlEncoder.Default.Encode(token)}">
              <input type="hidden" name="List-Unsubscribe" value="One-Click">
              <button type="submit">{words.Button}</button>
            </form>
            """);
    }

    public static string Unsubscribed(string language)
    {
        var words = Words[PortalLanguages.Normalize(language)];
        return Page(language, words.DoneTitle, $"<p>{words.DoneText}</p>");
    }

    static string Page(string language, string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{PortalLanguages.Normalize(language)}">
        <head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{title}</title></head>
        <body><h1>{title}</h1>
        {body}
        </body>
        </html>
        """;
}
