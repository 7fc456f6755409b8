using System.Collections.Concurrent;

namespace NatoAspire.Messaging.FailedMessages;

/// <summary>
/// The queues of this service's receive endpoints, as MassTransit configures them (the configure-endpoints callback in
/// <see cref="MessagingExtensions.AddMessaging"/> adds each one). MassTransit moves a message that failed every retry
/// to the queue named <see cref="ErrorQueueOf"/>; nothing else in the process knows which queues are its own.
/// </summary>
public sealed class ReceiveEndpointQueues
{
    readonly ConcurrentDictionary<string, bool> queues = new(StringComparer.Ordinal);

    public IReadOnlyList<string> All => [.. queues.Keys.Order(StringComparer.Ordinal)];

    public void Add(string queue) => queues.TryAdd(queue, true);

    /// <summary>MassTransit's name for it; not configurable in MassTransit 8.</summary>
    public static string ErrorQueueOf(string queue) => queue + "_error";
}
