namespace NatoAspire.Notification.Delivery;

/// <summary>The delivery log: one row per integration message that asked for an email.</summary>
public sealed class EmailDelivery
{
    /// <summary>The id of the message that caused the email; the key that makes consumption idempotent.</summary>
    public Guid MessageId { get; set; }
    public required string Kind { get; set; }
    public required string Recipient { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}
