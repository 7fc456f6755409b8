namespace NatoAspire.Notification.Rendering;

/// <summary>The frame every email shares: the portal's name on top, the content, a footer, in the email's language.</summary>
static class EmailLayout
{
    public const string PortalName = "NATO Multimedia";

    /// <summary>The HTML frame; <paramref name="contentHtml"/> and <paramref name="footerHtml"/> must already be encoded.</summary>
    public static string Html(EmailLanguage language, string title, string contentHtml, string? footerHtml = null) => $"""
        <!DOCTYPE html>
        <html lang="{language.Code}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Rendering.Html.Encode(title)}</title>
        </head>
        <body style="margin:0;padding:0;background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;color:#1d2939;">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f4f7;">
        <tr><td align="center" style="padding:24px 12px;">
        <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;">
        <tr><td style="background:#003366;color:#ffffff;padding:20px 28px;font-size:16px;font-weight:bold;letter-spacing:2px;">NATO MULTIMEDIA</td></tr>
        <tr><td style="padding:28px;font-size:15px;line-height:1.5;">
        {contentHtml}
        </td></tr>
        <tr><td style="padding:16px 28px;font-size:12px;line-height:1.5;color:#667085;border-top:1px solid #e4e7ec;">
        {footerHtml ?? Rendering.Html.Encode(language.Footer)}
        </td></tr>
        </table>
        </td></tr>
        </table>
        </body>
        </html>
        """;

    /// <summary>The plain-text body with the portal's signature below it.</summary>
    public static string Text(EmailLanguage language, string body, string? footer = null) =>
        $"{body.TrimEnd()}\n\n--\n{PortalName}\n{language.Tagline}\n" + (footer is null ? "" : $"\n{footer.TrimEnd()}\n");
}
