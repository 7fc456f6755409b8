using System.Text.Encodings.Web;

namespace NatoAspire.Notification.Rendering;

/// <summary>Building blocks of the HTML bodies. Everything that comes from a user or an event is encoded here.</summary>
static class Html
{
    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    public static string Heading(string text) =>
        $"""<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#003366;">{Encode(text)}</h1>""";

    public static string Paragraph(string text) =>
        $"""<p style="margin:0 0 16px;">{Encode(text)}</p>""";

    /// <summary>A text body as paragraphs, for mail that arrives with text only.</summary>
    public static string Paragraphs(string text) => string.Concat(
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => $"""<p style="margin:0 0 16px;">{Encode(block).Replace("&#xA;", "<br>")}</p>"""));

    public static string Code(string code) =>
        $"""<p style="margin:0 0 16px;font-family:'Courier New',monospace;font-size:30px;font-weight:bold;letter-spacing:6px;color:#003366;">{Encode(code)}</p>""";

    public static string Button(Uri url, string label) =>
        $"""<p style="margin:0 0 16px;"><a href="{Encode(url.AbsoluteUri)}" style="display:inline-block;padding:12px 22px;background:#003366;color:#ffffff;text-decoration:none;font-weight:bold;">{Encode(label)}</a></p>""";

    public static string Link(Uri url) =>
        $"""<a href="{Encode(url.AbsoluteUri)}" style="color:#003366;">{Encode(url.AbsoluteUri)}</a>""";
}
