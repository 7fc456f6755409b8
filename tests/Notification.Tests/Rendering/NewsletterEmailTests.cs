using NatoAspire.Notification.Newsletter;

namespace NatoAspire.Notification.Tests.Rendering;

public sealed class NewsletterEmailTests
{
    [Fact]
    public void Welcome_email_thanks_the_subscriber_and_links_to_unsubscribe()
    {
        var subscribed = Samples.Subscribed();

        var email = NewsletterWelcomeEmail.Render(subscribed);

        Assert.Contains("newsletter", email.Subject);
        Assert.Contains(subscribed.UnsubscribeUrl.AbsoluteUri, email.TextBody);
        Assert.Contains(subscribed.UnsubscribeUrl.AbsoluteUri, email.HtmlBody);
        Assert.Equal(subscribed.UnsubscribeUrl, email.UnsubscribeUrl);
    }

    [Fact]
    public void Copy_keeps_the_issue_subject_and_text_and_adds_the_unsubscribe_footer()
    {
        var copy = Samples.Copy();

        var email = NewsletterCopyEmail.Render(copy);

        Assert.Equal(copy.Subject, email.Subject);
        Assert.StartsWith(copy.TextBody, email.TextBody);
        Assert.Contains($"Unsubscribe: {copy.UnsubscribeUrl.AbsoluteUri}", email.TextBody);
        Assert.Equal(copy.UnsubscribeUrl, email.UnsubscribeUrl);
    }

    [Fact]
    public void Copy_without_HTML_gets_an_encoded_HTML_body_from_its_text()
    {
        var email = NewsletterCopyEmail.Render(Samples.Copy(textBody: "Troops <60,000> & more\nsecond line"));

        Assert.Contains("Troops &lt;60,000&gt; &amp; more<br>second line", email.HtmlBody);
        Assert.Contains("unsubscribe?token=tok.EN-42", email.HtmlBody);
    }

    [Fact]
    public void Copy_with_HTML_keeps_the_editors_markup_and_puts_the_footer_inside_the_body()
    {
        var email = NewsletterCopyEmail.Render(Samples.Copy(htmlBody: "<html><body><h1>KFOR</h1></body></html>"));

        Assert.StartsWith("<html><body><h1>KFOR</h1>", email.HtmlBody);
        Assert.EndsWith("</body></html>", email.HtmlBody);
        Assert.Contains("unsubscribe?token=tok.EN-42", email.HtmlBody);
    }

    [Fact]
    public void Copy_subject_loses_its_line_breaks()
    {
        var email = NewsletterCopyEmail.Render(Samples.Copy(subject: "News\r\nBcc: victim@example.test\n"));

        Assert.Equal("News Bcc: victim@example.test", email.Subject);
    }

    [Fact]
    public void One_issue_for_one_subscriber_has_one_delivery_key_whatever_the_message()
    {
        var copy = Samples.Copy();

        Assert.Equal(NewsletterCopyEmail.DeliveryKey(copy), NewsletterCopyEmail.DeliveryKey(copy with { Subject = "other" }));
        Assert.NotEqual(NewsletterCopyEmail.DeliveryKey(copy), NewsletterCopyEmail.DeliveryKey(copy with { AccountId = Guid.NewGuid() }));
    }

    [Fact]
    public void An_unsubscribe_link_that_is_not_a_web_address_is_refused()
    {
        Assert.Throws<ArgumentException>(() =>
            NewsletterCopyEmail.Render(Samples.Copy() with { UnsubscribeUrl = new Uri("javascript:alert(1)") }));
    }
}
