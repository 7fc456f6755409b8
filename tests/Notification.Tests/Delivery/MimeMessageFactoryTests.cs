using MimeKit;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Newsletter;
using NatoAspire.Notification.Rendering;
using NatoAspire.Notification.Tests.Rendering;
using NatoAspire.Notification.Verification;

namespace NatoAspire.Notification.Tests.Delivery;

public sealed class MimeMessageFactoryTests
{
    static readonly SmtpOptions Sender = new() { FromAddress = "news@nato-media.test", FromName = "NATO Multimedia" };

    [Fact]
    public void The_sender_comes_from_the_SMTP_options()
    {
        var message = Create(VerificationEmail.Render(Samples.VerificationCode()));

        var from = Assert.IsType<MailboxAddress>(Assert.Single(message.From));
        Assert.Equal("news@nato-media.test", from.Address);
        Assert.Equal("NATO Multimedia", from.Name);
        Assert.Equal("alice@example.test", Assert.IsType<MailboxAddress>(Assert.Single(message.To)).Address);
    }

    [Fact]
    public void Newsletter_mail_has_one_click_List_Unsubscribe_headers()
    {
        var copy = Samples.Copy();

        var message = Create(NewsletterCopyEmail.Render(copy));

        Assert.Equal($"<{copy.UnsubscribeUrl.AbsoluteUri}>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public void Account_mail_has_no_List_Unsubscribe_header()
    {
        var message = Create(VerificationEmail.Render(Samples.VerificationCode()));

        Assert.False(message.Headers.Contains("List-Unsubscribe"));
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
    }

    [Fact]
    public void A_subject_cannot_add_a_header()
    {
        var message = Create(new RenderedEmail("Hi\r\nBcc: victim@example.test\r\nX-Evil: 1", "text", "<p>html</p>"));

        var written = Serialize(message);
        Assert.DoesNotContain("\nBcc:", written);
        Assert.DoesNotContain("\nX-Evil:", written);
        Assert.Empty(message.Bcc);
        Assert.Equal("Hi Bcc: victim@example.test X-Evil: 1", message.Subject);
    }

    [Theory]
    [InlineData("alice@example.test\r\nBcc: victim@example.test")]
    [InlineData("not an address")]
    [InlineData("")]
    public void A_recipient_that_is_not_one_address_is_refused(string recipient) =>
        Assert.Throws<InvalidRecipientException>(() => MimeMessageFactory.Create(
            new OutgoingEmail(EmailKind.Verification, recipient, new RenderedEmail("s", "t", "h")), Sender, MessageId));

    [Fact]
    public void The_message_has_a_text_and_an_HTML_part()
    {
        var message = Create(new RenderedEmail("s", "the text", "<p>the html</p>"));

        Assert.Equal("the text", message.TextBody);
        Assert.Equal("<p>the html</p>", message.HtmlBody);
    }

    [Fact]
    public void The_message_carries_the_Message_ID_it_is_given_every_time()
    {
        var first = Create(VerificationEmail.Render(Samples.VerificationCode()));
        var again = Create(VerificationEmail.Render(Samples.VerificationCode()));

        Assert.Equal(MessageId, first.MessageId);
        Assert.Equal(MessageId, again.MessageId);
        Assert.Contains($"Message-Id: <{MessageId}>", Serialize(first), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_new_Message_ID_is_random_and_in_the_senders_domain()
    {
        var (one, two) = (MimeMessageFactory.NewMessageId(Sender), MimeMessageFactory.NewMessageId(Sender));

        Assert.NotEqual(one, two);
        Assert.Matches("^[0-9a-f]{32}@nato-media\\.test$", one);
        Assert.True(one.Length <= MimeMessageFactory.MaxMessageIdLength);
    }

    const string MessageId = "0123456789abcdef0123456789abcdef@nato-media.test";

    static MimeMessage Create(RenderedEmail email) =>
        MimeMessageFactory.Create(new OutgoingEmail(EmailKind.Verification, "alice@example.test", email), Sender, MessageId);

    static string Serialize(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
