using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace NatoAspire.Messaging.FailedMessages;

/// <summary>
/// Moves the messages of this service's <c>_error</c> queues back to their queues, once an operator has fixed what made
/// them fail. Each message goes back unchanged (body, properties, message id, MassTransit's headers) straight to its own
/// queue (the default exchange, not the message type's fan-out exchange, so no other service gets a second copy), and is
/// removed from <c>_error</c> only after the broker confirmed the copy: a mover that dies midway leaves the message in
/// <c>_error</c>, or at worst in both queues (consumers are idempotent). Only the messages there at the start are moved,
/// so one that fails again at once does not go round for ever.
/// </summary>
public sealed class ErrorQueueMover(ReceiveEndpointQueues endpoints, FailedMessageBroker broker, ILogger<ErrorQueueMover> logger)
{
    public async Task<IReadOnlyList<MovedMessages>> MoveAllBackAsync(CancellationToken cancellationToken)
    {
        var moved = new List<MovedMessages>();
        foreach (var queue in endpoints.All)
            moved.Add(new MovedMessages(queue, await MoveBackAsync(queue, cancellationToken)));
        return moved;
    }

    public async Task<int> MoveBackAsync(string queue, CancellationToken cancellationToken)
    {
        var errorQueue = ReceiveEndpointQueues.ErrorQueueOf(queue);
        var waiting = await broker.MessageCountAsync(errorQueue, cancellationToken);
        if (waiting == 0) return 0;

        await using var channel = await broker.OpenChannelAsync(confirmPublishes: true, cancellationToken);
        var moved = 0;
        while (moved < waiting)
        {
            var message = await channel.BasicGetAsync(errorQueue, autoAck: false, cancellationToken);
            if (message is null) break; // another replica's mover took the rest
            try
            {
                // Mandatory: a queue that is gone returns the message instead of dropping it.
                await channel.BasicPublishAsync(exchange: "", routingKey: queue, mandatory: true,
                    new BasicProperties(message.BasicProperties), message.Body, cancellationToken);
            }
            catch (PublishException)
            {
                await channel.BasicNackAsync(message.DeliveryTag, multiple: false, requeue: true, CancellationToken.None);
                throw new InvalidOperationException($"The broker did not take a message back into {queue}; it stays in {errorQueue}.");
            }
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }
        logger.LogInformation("Moved {Count} failed message(s) from {ErrorQueue} back to {Queue}", moved, errorQueue, queue);
        return moved;
    }
}

/// <param name="Queue">The receive endpoint's queue, where the messages went back to.</param>
/// <param name="Moved">How many left its <c>_error</c> queue.</param>
public sealed record MovedMessages(string Queue, int Moved);
