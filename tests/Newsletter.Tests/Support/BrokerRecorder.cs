using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using NatoAspire.Contracts.Newsletter;

namespace NatoAspire.Newsletter.Tests.Support;

/// <summary>
/// A consumer of our own on the real RabbitMQ, bound to the newsletter's events the way notification's queue is:
/// it sees exactly what the outbox relay published, redeliveries included.
/// </summary>
public sealed class BrokerRecorder : IAsyncDisposable
{
    readonly ConcurrentQueue<(Guid? MessageId, object Message)> received = new();
    IBusControl? bus;

    public async Task StartAsync(string rabbitMqConnectionString)
    {
        var broker = new Uri(rabbitMqConnectionString);
        bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, "/", host =>
            {
                host.Username("guest");
                host.Password("guest");
            });
            rabbit.ReceiveEndpoint($"newsletter-tests-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                endpoint.Handler<NewsletterSubscribed>(Record);
                endpoint.Handler<NewsletterCopyIssued>(Record);
            });
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(timeout.Token);
    }

    public IReadOnlyList<T> Received<T>(Func<T, bool> match) =>
        [.. received.Select(r => r.Message).OfType<T>().Where(match)];

    public IReadOnlyList<Guid?> MessageIds<T>(Func<T, bool> match) =>
        [.. received.Where(r => r.Message is T message && match(message)).Select(r => r.MessageId)];

    /// <summary>Waits until at least <paramref name="count"/> matching messages arrived, then returns them all.</summary>
    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        while (true)
        {
            var found = Received(match);
            if (found.Count >= count) return found;
            if (stopwatch.Elapsed > limit)
                throw new TimeoutException($"{found.Count} of {count} {typeof(T).Name} arrived within {limit.TotalSeconds:0} s.");
            await Task.Delay(100);
        }
    }

    Task Record<T>(ConsumeContext<T> context) where T : class
    {
        received.Enqueue((context.MessageId, context.Message));
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (bus is not null) await bus.StopAsync();
    }
}
