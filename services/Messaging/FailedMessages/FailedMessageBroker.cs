using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace NatoAspire.Messaging.FailedMessages;

/// <summary>
/// One AMQP connection of the service's own, beside MassTransit's, for counting and moving messages in <c>_error</c>
/// queues: MassTransit offers neither. Opened on first use; when the broker drops it, the next use opens a new one.
/// </summary>
public sealed class FailedMessageBroker(Uri broker, IHostEnvironment environment) : IAsyncDisposable, IDisposable
{
    readonly SemaphoreSlim opening = new(1, 1);
    IConnection? connection;

    public async Task<IChannel> OpenChannelAsync(bool confirmPublishes, CancellationToken cancellationToken)
    {
        var open = await ConnectionAsync(cancellationToken);
        return await open.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: confirmPublishes, publisherConfirmationTrackingEnabled: confirmPublishes),
            cancellationToken);
    }

    /// <summary>
    /// Messages ready in <paramref name="queue"/>, by a passive declare (which reads, never creates). A queue that does
    /// not exist holds none: MassTransit declares an <c>_error</c> queue only when it first moves a message there.
    /// </summary>
    public async Task<uint> MessageCountAsync(string queue, CancellationToken cancellationToken)
    {
        // A channel each time: the broker closes the channel on which a passive declare found nothing.
        await using var channel = await OpenChannelAsync(confirmPublishes: false, cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return 0;
        }
    }

    async Task<IConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (connection is { IsOpen: true } current) return current;
        await opening.WaitAsync(cancellationToken);
        try
        {
            if (connection is { IsOpen: true } opened) return opened;
            if (connection is not null) await connection.DisposeAsync();
            connection = null;
            var factory = new ConnectionFactory
            {
                Uri = broker,
                // The callers retry on their own schedule; the client's recovery would only hide a dead broker.
                AutomaticRecoveryEnabled = false,
                TopologyRecoveryEnabled = false,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
                ClientProvidedName = $"{environment.ApplicationName} failed messages",
            };
            return connection = await factory.CreateConnectionAsync(cancellationToken);
        }
        finally
        {
            opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
        opening.Dispose();
    }

    public void Dispose()
    {
        connection?.Dispose();
        opening.Dispose();
    }
}
