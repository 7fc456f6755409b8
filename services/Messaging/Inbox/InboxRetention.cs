using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NatoAspire.Messaging.Inbox;

/// <summary>Forgets handled messages once they are older than the retention, so the inbox table stays small.</summary>
public sealed class InboxRetention<TContext>(
    IServiceScopeFactory scopes,
    IOptions<InboxRetentionOptions> options,
    TimeProvider time,
    ILogger<InboxRetention<TContext>> logger) : BackgroundService
    where TContext : DbContext, IInboxContext
{
    /// <summary>One pass; returns how many records were deleted.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        return await db.ProcessedMessages.Where(m => m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var deleted = await DeleteExpiredAsync(stoppingToken);
                    if (deleted > 0) logger.LogInformation("Forgot {Count} handled messages older than the inbox retention", deleted);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Inbox clean-up failed; trying again at the next interval");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
