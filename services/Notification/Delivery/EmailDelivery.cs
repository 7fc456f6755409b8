namespace NatoAspire.Notification.Delivery;

/// <summary>
/// The delivery log: one row per email the portal owes someone. It is written as pending before the SMTP
/// send and marked sent after it, so a redelivered or re-published event finds it and sends nothing.
/// Never holds the body (codes live there).
/// </summary>
public sealed class EmailDelivery
{
    /// <summary>What makes two events the same email: the message id, or a business key such as issue and subscriber.</summary>
    public required string DeliveryKey { get; set; }
    /// <summary>The id of the first message that asked for this email.</summary>
    public Guid MessageId { get; set; }
    public required string Kind { get; set; }
    public required string Recipient { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>SMTP attempts so far, the successful one included.</summary>
    public int Attempts { get; set; }
    /// <summary>The type and message of the last SMTP failure, for operators.</summary>
    public string? LastError { get; set; }
}
