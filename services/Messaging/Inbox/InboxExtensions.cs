using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace NatoAspire.Messaging.Inbox;

public static class InboxExtensions
{
    /// <summary>
    /// Runs <paramref name="handle"/> at most once per consumer and message id. The message is recorded and
    /// the handler's changes are saved in one transaction, so a failed handler leaves nothing behind and the
    /// retry runs it again; a duplicate finds the record and is skipped. A concurrent duplicate waits on the
    /// record's key until the first one commits (or rolls back), so two copies never run side by side.
    /// Returns false when the message had been handled already.
    /// </summary>
    /// <remarks>
    /// Database changes made through <paramref name="db"/> inside the handler commit together with the record.
    /// A side effect outside the database (an email) can still repeat if the process dies between doing it and
    /// the commit: at least once, never twice for a message that was recorded.
    /// </remarks>
    public static async Task<bool> ProcessOnceAsync<TContext>(
        this TContext db,
        string consumer,
        Guid messageId,
        Func<CancellationToken, Task> handle,
        TimeProvider time,
        CancellationToken cancellationToken)
        where TContext : DbContext, IInboxContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var recorded = await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO inbox_processed_messages ("Consumer", "MessageId", "ProcessedAt")
                    VALUES ({consumer}, {messageId}, {time.GetUtcNow()})
                    ON CONFLICT DO NOTHING
                    """,
                    cancellationToken);
                if (recorded == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    return false;
                }

                try
                {
                    await handle(cancellationToken);
                }
                catch (Exception exception)
                {
                    throw new HandlerFailedException(exception);
                }
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            });
        }
        catch (HandlerFailedException failed)
        {
            ExceptionDispatchInfo.Throw(failed.InnerException!);
            throw;
        }
    }

    /// <summary>
    /// Keeps the handler's own failures away from the execution strategy, which would run the handler again on
    /// anything that looks transient (a TimeoutException from an SMTP server, say). The consumer's retry policy
    /// decides about those; the strategy only retries the inbox's own database work.
    /// </summary>
    sealed class HandlerFailedException(Exception inner) : Exception("The message handler failed.", inner);

    /// <inheritdoc cref="ProcessOnceAsync{TContext}(TContext, string, Guid, Func{CancellationToken, Task}, TimeProvider, CancellationToken)"/>
    public static Task<bool> ProcessOnceAsync<TContext>(
        this TContext db,
        string consumer,
        ConsumeContext message,
        Func<CancellationToken, Task> handle,
        TimeProvider time)
        where TContext : DbContext, IInboxContext =>
        db.ProcessOnceAsync(consumer, RequireMessageId(message), handle, time, message.CancellationToken);

    /// <summary>Every MassTransit publisher sets one; a message without it cannot be recognised again.</summary>
    public static Guid RequireMessageId(ConsumeContext message) =>
        message.MessageId ?? throw new InvalidOperationException(
            $"A {message.ReceiveContext.InputAddress} message arrived without a message id; it cannot be consumed idempotently.");
}
