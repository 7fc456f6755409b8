using System.Collections.Concurrent;
using MassTransit;

namespace NatoAspire.TestSupport;

/// <summary>
/// Counts the messages a service's consumers finished or failed, so a test knows that a duplicate has been handled too
/// (connect it with <c>IBus.ConnectConsumeObserver</c>).
/// </summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    readonly ConcurrentDictionary<Guid, int> counts = new();
    readonly ConcurrentQueue<Exception> faults = new();

    public IReadOnlyCollection<Exception> Faults => faults;

    public async Task WaitForAsync(Guid messageId, int times, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        using var cancellation = new CancellationTokenSource(limit);
        while (counts.GetValueOrDefault(messageId) < times)
        {
            try { await Task.Delay(50, cancellation.Token); }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Message {messageId} was consumed {counts.GetValueOrDefault(messageId)} times, not {times}, within {limit}.");
            }
        }
    }

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id) counts.AddOrUpdate(id, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        faults.Enqueue(exception);
        return Task.CompletedTask;
    }
}
