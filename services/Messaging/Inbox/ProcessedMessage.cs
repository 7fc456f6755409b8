namespace NatoAspire.Messaging.Inbox;

/// <summary>
/// A message that a consumer has handled for good. Its key, consumer and message id, is what turns a
/// redelivery (or a second publish with the same message id) into a no-op.
/// </summary>
public sealed class ProcessedMessage
{
    /// <summary>A stable name of the consumer, so that two consumers of one message each handle it once.</summary>
    public required string Consumer { get; set; }
    public Guid MessageId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
