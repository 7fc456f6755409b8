using MassTransit;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// Sends each email the portal owes once per mailbox: the delivery log is notification's one de-duplication mechanism.
/// An attempt claims the email (<see cref="DeliveryLog"/>), sends it, and confirms it; a redelivery, a second publish
/// with the same message id, or an event re-published under a new id with the same delivery key waits for the claim
/// and then finds the email sent. An attempt cut short between the SMTP server's acceptance and the confirmation (a
/// kill, a lost database) cannot know whether the message left; the next copy sends it again under the same
/// Message-ID, so a mail store that de-duplicates by Message-ID keeps one. A failed send releases the claim, counts the
/// attempt and rethrows, so MassTransit retries with backoff and finally moves the message to its _error queue.
/// </summary>
public sealed class Mailer(DeliveryLog log, SmtpSender smtp, NotificationTelemetry telemetry, ILogger<Mailer> logger)
{
    public async Task SendOnceAsync(ConsumeContext message, OutgoingEmail email)
    {
        var cancellationToken = message.CancellationToken;
        var messageId = message.MessageId ?? throw new InvalidOperationException(
            $"A {message.ReceiveContext.InputAddress} message arrived without a message id; it cannot be delivered once.");
        // Before anything is written: an address that cannot receive mail fails every retry, and leaves no row behind.
        MimeMessageFactory.Recipient(email.Recipient);
        var settings = smtp.Settings;
        var request = new DeliveryRequest(
            email.DeliveryKey ?? $"message:{messageId:N}", messageId, email.Kind, email.Recipient.Trim(), MimeMessageFactory.NewMessageId(settings));

        await using var claim = await log.ClaimAsync(request, cancellationToken);
        if (claim is null)
        {
            telemetry.Duplicate(email.Kind);
            logger.LogInformation("The {Kind} email of message {MessageId} had been sent already; skipped", email.Kind, messageId);
            return;
        }
        if (claim.UnconfirmedAttemptBegan is { } began)
        {
            telemetry.Resent(email.Kind);
            logger.LogWarning(
                "The {Kind} email of message {MessageId} was claimed at {ClaimedAt:O} by an attempt that never confirmed it (stopped after the send?); sending it again with the same Message-ID {EmailMessageId}, which a de-duplicating mail store drops if the first copy arrived",
                email.Kind, messageId, began, claim.EmailMessageId);
        }

        try
        {
            await smtp.SendAsync(MimeMessageFactory.Create(email, settings, claim.EmailMessageId), email.Kind, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception,
                "Sending the {Kind} email of message {MessageId} failed on attempt {Attempt}; it will be retried until the retry limit, then moved to the error queue",
                email.Kind, messageId, claim.Attempt);
            await ReleaseQuietlyAsync(claim, exception);
            throw;
        }

        try
        {
            await claim.ConfirmAsync();
        }
        catch (Exception exception)
        {
            // The claim stays, so the retry knows and resends under the same Message-ID.
            logger.LogWarning(exception,
                "The {Kind} email of message {MessageId} was sent, but the delivery log could not record it; the retry will send it again with the same Message-ID",
                email.Kind, messageId);
            throw;
        }
        logger.LogInformation("Sent the {Kind} email of message {MessageId}", email.Kind, messageId);
    }

    async Task ReleaseQuietlyAsync(DeliveryClaim claim, Exception failure)
    {
        try
        {
            await claim.ReleaseAsync(failure);
        }
        catch (Exception logFailure)
        {
            // The send failure is what matters to the retry; a claim left behind only makes it log a resend.
            logger.LogWarning(logFailure, "Could not record the failed attempt in the delivery log");
        }
    }
}
