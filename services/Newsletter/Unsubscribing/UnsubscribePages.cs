using System.Text.Encodings.Web;

namespace NatoAspire.Newsletter.Unsubscribing;

/// <summary>The two tiny pages a person sees when following an unsubscribe link in a browser.</summary>
static class UnsubscribePages
{
    public static string Confirm(string token) => Page(
        "Unsubscribe from the newsletter?",
        $"""
        <p>You will no longer receive the NATO Multimedia newsletter. Your account stays as it is.</p>
        <form method="post" action="{UnsubscribeLinks.Path}?token={HtmlEncoder.Default.Encode(token)}">
          <input type="hidden" name="List-Unsubscribe" value="One-Click">
          <button type="submit">Unsubscribe</button>
        </form>
        """);

    public static readonly string Unsubscribed = Page(
        "You are unsubscribed",
        "<p>You will no longer receive the NATO Multimedia newsletter. You can subscribe again from your account at any time.</p>");

    static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{title}</title></head>
        <body><h1>{title}</h1>
        {body}
        </body>
        </html>
        """;
}
