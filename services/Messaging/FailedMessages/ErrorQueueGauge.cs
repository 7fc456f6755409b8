using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace NatoAspire.Messaging.FailedMessages;

/// <summary>
/// <c>natoaspire.messaging.error_queue.messages</c>: the messages waiting in each <c>_error</c> queue at the last count,
/// tagged with the queue's name. A queue whose last count failed (the broker away) reports nothing rather than an old
/// number. Every replica counts the same queues, so each reports the same value: read it as a maximum, not a sum.
/// </summary>
public sealed class ErrorQueueGauge
{
    public const string MeterName = MessagingTelemetry.SourceName;
    public const string InstrumentName = "natoaspire.messaging.error_queue.messages";
    public const string QueueTag = "messaging.destination.name";

    readonly ConcurrentDictionary<string, long> counts = new(StringComparer.Ordinal);

    public ErrorQueueGauge(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge(InstrumentName, Observe, "{message}",
            "Messages that failed every retry and wait in the queue's _error queue for an operator.");
    }

    public void Counted(string errorQueue, long messages) => counts[errorQueue] = messages;

    public void Unknown(string errorQueue) => counts.TryRemove(errorQueue, out _);

    IEnumerable<Measurement<long>> Observe() =>
        counts.Select(count => new Measurement<long>(count.Value, new KeyValuePair<string, object?>(QueueTag, count.Key)));
}
