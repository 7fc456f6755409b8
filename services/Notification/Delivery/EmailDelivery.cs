namespace NatoAspire.Notification.Delivery;

/// <summary>
/// The delivery log: one row per email the portal owes someone (<see cref="DeliveryLog"/> writes it). Each attempt
/// claims the row, committed, before the SMTP send and confirms it after, so a redelivered or re-published event
/// finds the email sent and sends nothing, and one that finds an attempt that never reported back sends it again
/// under the same Message-ID. Never holds the body (codes live there).
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
    /// <summary>SMTP attempts begun so far (claims), the successful one and any cut short by a crash included.</summary>
    public int Attempts { get; set; }
    /// <summary>The type and message of the last SMTP failure, for operators; at most <see cref="LastErrorMaxLength"/>.</summary>
    public string? LastError { get; set; }
    public const int LastErrorMaxLength = 1000;
    /// <summary>
    /// When the attempt that has not reported back began: set before the SMTP send, cleared when the send is confirmed
    /// or fails. Set on an unsent row that no attempt holds means one stopped between the send and its confirmation,
    /// so the email may have gone out.
    /// </summary>
    public DateTimeOffset? ClaimedAt { get; set; }
    /// <summary>
    /// The Message-ID header (without angle brackets) every attempt of this email carries, chosen at random by the first
    /// attempt: a mail store that drops a second message with a Message-ID it holds drops a resent copy. Random rather
    /// than derived from the key, so no one can plant a message under the id of an email still to come. Null on rows
    /// sent before it existed.
    /// </summary>
    public string? EmailMessageId { get; set; }
}
