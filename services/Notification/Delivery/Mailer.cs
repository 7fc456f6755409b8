using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Notification.Data;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// Sends each email the portal owes once: the delivery log is notification's one exactly-once mechanism. Its row is
/// committed as pending before the SMTP send; the send and the "sent" mark happen in one transaction under a lock on
/// that row, so a redelivery, a second publish with the same message id, or an event re-published under a new id with
/// the same delivery key all wait for the first copy and then find the email sent. A failed send rolls back, counts
/// the attempt and rethrows, so MassTransit retries with backoff and finally moves the message to its _error queue.
/// </summary>
public sealed class Mailer(
    NotificationDbContext db,
    SmtpSender smtp,
    NotificationTelemetry telemetry,
    TimeProvider time,
    ILogger<Mailer> logger)
{
    public async Task SendOnceAsync(ConsumeContext message, OutgoingEmail email)
    {
        var cancellationToken = message.CancellationToken;
        var messageId = message.MessageId ?? throw new InvalidOperationException(
            $"A {message.ReceiveContext.InputAddress} message arrived without a message id; it cannot be delivered once.");
        var deliveryKey = email.DeliveryKey ?? $"message:{messageId:N}";
        var mime = MimeMessageFactory.Create(email, smtp.Settings);

        await RecordPendingAsync(deliveryKey, messageId, email, cancellationToken);

        bool sent;
        try
        {
            sent = await SendUnlessSentAsync(deliveryKey, mime, email.Kind, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception,
                "Sending the {Kind} email of message {MessageId} failed on attempt {Attempt}; it will be retried until the retry limit, then moved to the error queue",
                email.Kind, messageId, message.GetRetryAttempt() + 1);
            await RecordFailureAsync(deliveryKey, exception, cancellationToken);
            throw;
        }

        if (sent)
        {
            logger.LogInformation("Sent the {Kind} email of message {MessageId}", email.Kind, messageId);
        }
        else
        {
            telemetry.Duplicate(email.Kind);
            logger.LogInformation("The {Kind} email of message {MessageId} had been sent already; skipped", email.Kind, messageId);
        }
    }

    async Task<bool> SendUnlessSentAsync(string deliveryKey, MimeKit.MimeMessage mime, string kind, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var delivery = await LockAsync(deliveryKey, cancellationToken);
                if (delivery.SentAt is not null) return false;
                try
                {
                    await smtp.SendAsync(mime, kind, cancellationToken);
                }
                catch (Exception exception)
                {
                    throw new SendFailedException(exception);
                }
                delivery.Attempts++;
                delivery.SentAt = time.GetUtcNow();
                delivery.LastError = null;
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
        }
        catch (SendFailedException failed)
        {
            ExceptionDispatchInfo.Throw(failed.InnerException!);
            throw;
        }
    }

    /// <summary>
    /// Keeps SMTP failures away from the execution strategy, which would send again on anything that looks transient
    /// (a TimeoutException from an SMTP server, say). The consumer's retry policy decides about those; the strategy
    /// only retries the delivery log's own database work.
    /// </summary>
    sealed class SendFailedException(Exception inner) : Exception("The SMTP send failed.", inner);

    Task RecordPendingAsync(string deliveryKey, Guid messageId, OutgoingEmail email, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO email_deliveries ("DeliveryKey", "MessageId", "Kind", "Recipient", "CreatedAt", "Attempts")
            VALUES ({deliveryKey}, {messageId}, {email.Kind}, {email.Recipient.Trim()}, {time.GetUtcNow()}, 0)
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);

    /// <summary>Holds a second copy of the same email (another message id, same key) until this one commits.</summary>
    async Task<EmailDelivery> LockAsync(string deliveryKey, CancellationToken cancellationToken)
    {
        var rows = await db.Deliveries
            .FromSqlInterpolated($"""SELECT * FROM email_deliveries WHERE "DeliveryKey" = {deliveryKey} FOR UPDATE""")
            .ToListAsync(cancellationToken);
        return rows.Single();
    }

    async Task RecordFailureAsync(string deliveryKey, Exception exception, CancellationToken cancellationToken)
    {
        var error = $"{exception.GetType().Name}: {exception.Message}";
        if (error.Length > 1000) error = error[..1000];
        try
        {
            await db.Deliveries.Where(d => d.DeliveryKey == deliveryKey).ExecuteUpdateAsync(update => update
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.LastError, error), cancellationToken);
        }
        catch (Exception logFailure) when (logFailure is not OperationCanceledException)
        {
            // The send failure is what matters to the retry; the log row is bookkeeping.
            logger.LogWarning(logFailure, "Could not record the failed attempt in the delivery log");
        }
    }
}
