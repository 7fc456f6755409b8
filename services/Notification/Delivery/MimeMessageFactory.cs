using System.Globalization;
using System.Security.Cryptography;
using MimeKit;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// Turns a rendered email into a MIME message. MimeKit encodes every header it writes; on top of that nothing
/// that reaches a header may carry CR or LF, so no input can add a header of its own.
/// </summary>
public static class MimeMessageFactory
{
    public const int MaxAddressLength = 254;

    /// <summary>32 hex digits, "@", and a domain of at most 253 characters (a sender address is at most 254).</summary>
    public const int MaxMessageIdLength = 300;

    /// <param name="messageId">The Message-ID, without angle brackets, that the delivery log keeps for this email.</param>
    public static MimeMessage Create(OutgoingEmail email, SmtpOptions sender, string messageId)
    {
        // MimeKit would otherwise give every MimeMessage a new random Message-ID, so a resent copy would look new.
        var message = new MimeMessage { MessageId = messageId };
        message.From.Add(new MailboxAddress(HeaderText.SingleLine(sender.FromName), sender.FromAddress));
        message.To.Add(Recipient(email.Recipient));
        message.Subject = HeaderText.SingleLine(email.Content.Subject);

        if (email.Content.UnsubscribeUrl is { } unsubscribe)
        {
            message.Headers.Add("List-Unsubscribe", $"<{HeaderText.SingleLine(unsubscribe.AbsoluteUri)}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        else
        {
            // Transactional mail: out-of-office replies should not answer it (RFC 3834).
            message.Headers.Add("Auto-Submitted", "auto-generated");
        }

        message.Body = new BodyBuilder { TextBody = email.Content.TextBody, HtmlBody = email.Content.HtmlBody }.ToMessageBody();
        return message;
    }

    /// <summary>
    /// A Message-ID no one can guess (128 random bits) in the sender's domain, as RFC 5322 asks. Unguessable matters: a
    /// mail store that de-duplicates by Message-ID would drop our email if someone had planted a message under its id.
    /// </summary>
    public static string NewMessageId(SmtpOptions sender)
    {
        var domain = new IdnMapping().GetAscii(MailboxAddress.Parse(sender.FromAddress).Domain);
        return $"{RandomNumberGenerator.GetHexString(32, lowercase: true)}@{domain}";
    }

    public static MailboxAddress Recipient(string recipient)
    {
        var trimmed = recipient.Trim();
        if (trimmed.Length is 0 or > MaxAddressLength || ControlCharacters.AnyIn(trimmed) ||
            !MailboxAddress.TryParse(trimmed, out var address) || !address.Address.Contains('@'))
            throw new InvalidRecipientException();
        return new MailboxAddress("", address.Address);
    }
}

/// <summary>An event named an address that cannot receive mail. Deliberately without the address in the message.</summary>
public sealed class InvalidRecipientException() : Exception("The recipient is not a valid email address.");
