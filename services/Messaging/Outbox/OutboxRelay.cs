using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NatoAspire.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows through MassTransit (RabbitMQ publisher confirms) and marks them sent.
/// While the broker is unreachable it keeps the rows and retries with a growing pause: nothing is lost,
/// and a row is marked sent only after the broker confirmed it. Rows are locked with SKIP LOCKED so that
/// several replicas never publish the same row at once.
/// </summary>
sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxRelayOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : DbContext, IOutboxContext
{
    static readonly ActivitySource Source = new(MessagingTelemetry.SourceName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var failures = 0;
        var nextPurge = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await PublishBatchAsync(settings, stoppingToken);
                failures = 0;
                if (time.GetUtcNow() >= nextPurge)
                {
                    await PurgeSentAsync(settings.SentRetention, stoppingToken);
                    nextPurge = time.GetUtcNow() + settings.SentRetention / 2;
                }
                if (published == settings.BatchSize) continue; // more may be waiting
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var pause = Backoff(failures, settings.MaxBackoff);
                logger.LogWarning(exception, "Outbox relay could not publish; retrying in {Pause}", pause);
                await Task.Delay(pause, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// After the loop has stopped (and the web server, stopped before it, has finished its requests), publishes what
    /// those requests committed, while the bus is still up, rather than leaving it for the next start or another replica.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var settings = options.Value;
        try
        {
            while (await PublishBatchAsync(settings, cancellationToken) == settings.BatchSize) { }
        }
        catch (Exception exception)
        {
            // Nothing is lost: the rows stay in the outbox for the next relay.
            logger.LogWarning(exception, "Outbox relay could not publish everything before stopping; the rest waits in the outbox");
        }
    }

    async Task<int> PublishBatchAsync(OutboxRelayOptions settings, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(stoppingToken);
            var batch = await db.OutboxMessages
                .FromSqlInterpolated($"SELECT * FROM outbox_messages WHERE \"SentAt\" IS NULL ORDER BY \"Id\" LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(stoppingToken);

            foreach (var row in batch)
            {
                try
                {
                    await PublishAsync(row, settings.PublishTimeout, stoppingToken);
                    row.SentAt = time.GetUtcNow();
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    row.Attempts++;
                    row.LastError = exception.GetType().Name + ": " + Truncate(exception.Message, 1900);
                    // Keep what was confirmed so far; the rest waits for the next attempt.
                    await db.SaveChangesAsync(stoppingToken);
                    await transaction.CommitAsync(stoppingToken);
                    throw;
                }
            }

            await db.SaveChangesAsync(stoppingToken);
            await transaction.CommitAsync(stoppingToken);
            return batch.Count;
        });
    }

    async Task PurgeSentAsync(TimeSpan retention, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = time.GetUtcNow() - retention;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(stoppingToken);
    }

    async Task PublishAsync(OutboxMessage row, TimeSpan timeout, CancellationToken stoppingToken)
    {
        var messageType = Type.GetType(row.MessageType, throwOnError: true)!;
        var message = JsonSerializer.Deserialize(row.Payload, messageType, OutboxExtensions.Json)!;

        ActivityContext.TryParse(row.TraceParent, row.TraceState, isRemote: true, out var parent);
        using var activity = Source.StartActivity($"outbox relay {messageType.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", row.MessageId.ToString());

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        cancellation.CancelAfter(timeout);
        // The outbox row's id is the message id, so consumers can recognise a redelivery.
        await bus.Publish(message, messageType, context => context.MessageId = row.MessageId, cancellation.Token);
    }

    static TimeSpan Backoff(int failures, TimeSpan max) =>
        TimeSpan.FromMilliseconds(Math.Min(max.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10))));

    static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
