using System.Diagnostics;
using System.Text.Json;

namespace NatoAspire.Messaging.Outbox;

public static class OutboxExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Publishes an integration event once the caller's SaveChanges (and transaction, if any) commits, and never
    /// if it does not: the event is a row of the outbox, saved with the state change; the commit wakes the relay
    /// (<see cref="OutboxCommitInterceptor"/>), which publishes it and marks it sent (<see cref="OutboxRelay{TContext}"/>).
    /// </summary>
    public static OutboxMessage PublishOnCommit<TMessage>(this IOutboxContext context, TMessage message, TimeProvider time)
        where TMessage : class
    {
        var activity = Activity.Current;
        var row = new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(),
            MessageType = MessageTypeName(typeof(TMessage)),
            Payload = JsonSerializer.Serialize(message, Json),
            TraceParent = activity?.Id is { } id && activity.IdFormat == ActivityIdFormat.W3C ? id : null,
            TraceState = activity?.TraceStateString,
            CreatedAt = time.GetUtcNow(),
        };
        context.OutboxMessages.Add(row);
        return row;
    }

    internal static string MessageTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
