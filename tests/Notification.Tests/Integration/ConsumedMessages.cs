using System.Collections.Concurrent;
using MassTransit;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>Counts the messages the service's consumers finished, so a test knows a duplicate has been handled too.</summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    readonly ConcurrentDictionary<Guid, int> counts = new();

    public async Task WaitForAsync(Guid messageId, int times, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (counts.GetValueOrDefault(messageId) < times)
        {
            try { await Task.Delay(50, cancellation.Token); }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Message {messageId} was consumed {counts.GetValueOrDefault(messageId)} times, not {times}, within {timeout}.");
            }
        }
    }

    public int Count(Guid messageId) => counts.GetValueOrDefault(messageId);

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id) counts.AddOrUpdate(id, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
