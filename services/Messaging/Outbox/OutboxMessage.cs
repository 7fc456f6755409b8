namespace NatoAspire.Messaging.Outbox;

/// <summary>
/// An integration event written in the same transaction as the state change that caused it,
/// waiting for the relay to publish it. The trace context rides along so that the publish,
/// and everything downstream, continues the trace of the request that wrote the row.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public Guid MessageId { get; set; }
    public required string MessageType { get; set; }
    public required string Payload { get; set; }
    public string? TraceParent { get; set; }
    public string? TraceState { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
