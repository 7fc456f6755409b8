using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NatoAspire.Messaging.FailedMessages;

/// <summary>
/// Counts the <c>_error</c> queue of each of this service's receive endpoints every
/// <see cref="FailedMessageOptions.CheckInterval"/>, feeds <see cref="ErrorQueueGauge"/>, and logs one warning when a
/// count goes up (the queue and the count, never a message: bodies hold addresses and codes). While the broker is away
/// it logs once that it cannot count, once that it can again, and keeps trying. Each replica counts for itself and
/// keeps its own last count, so with several replicas each one warns about the same rise.
/// </summary>
sealed class ErrorQueueMonitor(
    ReceiveEndpointQueues endpoints,
    FailedMessageBroker broker,
    ErrorQueueGauge gauge,
    IOptions<FailedMessageOptions> options,
    TimeProvider time,
    ILogger<ErrorQueueMonitor> logger) : BackgroundService
{
    // Warned about already; starts empty, so a process that starts with failed messages waiting says so once.
    readonly Dictionary<string, long> lastCounts = new(StringComparer.Ordinal);
    bool brokerAway;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        try
        {
            do
            {
                await CountAllAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    async Task CountAllAsync(CancellationToken stoppingToken)
    {
        foreach (var queue in endpoints.All)
        {
            var errorQueue = ReceiveEndpointQueues.ErrorQueueOf(queue);
            try
            {
                var count = await broker.MessageCountAsync(errorQueue, stoppingToken);
                gauge.Counted(errorQueue, count);
                Reached();
                if (count > lastCounts.GetValueOrDefault(errorQueue))
                    logger.LogWarning("{ErrorQueue} holds {Count} failed message(s); once the cause is fixed, move them back to {Queue}",
                        errorQueue, count, queue);
                lastCounts[errorQueue] = count;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                foreach (var unknown in endpoints.All) gauge.Unknown(ReceiveEndpointQueues.ErrorQueueOf(unknown));
                Away(exception);
                return; // the other queues would fail the same way; try them all again next time
            }
        }
    }

    void Away(Exception exception)
    {
        if (brokerAway) return;
        brokerAway = true;
        logger.LogWarning("Cannot count the failed messages in the error queues ({Reason}); trying again every {Interval}",
            exception.Message, options.Value.CheckInterval);
    }

    void Reached()
    {
        if (!brokerAway) return;
        brokerAway = false;
        logger.LogInformation("Counting the failed messages in the error queues again");
    }
}
