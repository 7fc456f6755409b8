using NatoAspire.Contracts.Newsletter;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Newsletter;

/// <summary>
/// One subscriber's copy of an issue: the editor's subject and bodies (newsletter picked the subscriber's language, or English
/// when the issue has none in it), with the unsubscribe footer in the language of the copy.
/// </summary>
public static class NewsletterCopyEmail
{
    public static RenderedEmail Render(NewsletterCopyIssued copy)
    {
        var unsubscribe = UnsubscribeFooter.Checked(copy.UnsubscribeUrl);
        var language = EmailLanguage.Of(copy.Language);
        var subject = HeaderText.SingleLine(copy.Subject);
        var text = $"{copy.TextBody.TrimEnd()}\n\n--\n{UnsubscribeFooter.Text(language, unsubscribe)}\n";
        return new RenderedEmail(subject, text, HtmlBody(copy, language, subject, unsubscribe)) { UnsubscribeUrl = unsubscribe };
    }

    /// <summary>Each subscriber gets an issue once, even if the events are published again.</summary>
    public static string DeliveryKey(NewsletterCopyIssued copy) => $"newsletter-copy:{copy.IssueId:N}:{copy.AccountId:N}";

    static string HtmlBody(NewsletterCopyIssued copy, EmailLanguage language, string subject, Uri unsubscribe)
    {
        var footer = UnsubscribeFooter.Html(language, unsubscribe);
        // The editor's HTML is the admin's own markup (trusted); a text-only issue is encoded into paragraphs.
        if (copy.HtmlBody is not { Length: > 0 } editorHtml)
            return EmailLayout.Html(language, subject, Html.Paragraphs(copy.TextBody), footer);

        var bodyEnd = editorHtml.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return bodyEnd < 0
            ? EmailLayout.Html(language, subject, editorHtml, footer)
            : editorHtml.Insert(bodyEnd, $"""<p style="font-size:12px;color:#667085;">{footer}</p>""");
    }
}
