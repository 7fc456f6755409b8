using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NatoAspire.Messaging.Outbox;

/// <summary>
/// Signals the relay once new outbox rows are durable: after SaveChanges outside a transaction, or after the
/// commit of the transaction they were saved in. Only units of work that staged outbox rows signal; above all
/// the relay's own commits (marking rows sent) must not, or the relay would wake itself in an endless loop.
/// </summary>
sealed class OutboxCommitInterceptor(OutboxSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    // Contexts that have saved outbox rows not yet committed. One interceptor serves every context built
    // from the same options, so the mark lives per context (and goes with it when it is collected).
    readonly ConditionalWeakTable<DbContext, object> staged = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stage(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stage(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfDurable(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfDurable(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => UnstageIfNothingCommitted(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        UnstageIfNothingCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => SignalIfStaged(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SignalIfStaged(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Unstage(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Unstage(eventData.Context);
        return Task.CompletedTask;
    }

    void Stage(DbContext? context)
    {
        if (context is null) return;
        // Enqueue adds rows with Add, so they are Added without change detection; SaveChanges detects changes
        // right after this, and a second scan of every tracked entity here would be wasted.
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (tracker.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added)) staged.AddOrUpdate(context, this);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    // Without a transaction of the caller's, SaveChanges has committed by now.
    void SignalIfDurable(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) SignalIfStaged(context);
    }

    // A failed save outside a transaction wrote nothing; inside one, earlier saves may still commit.
    void UnstageIfNothingCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) Unstage(context);
    }

    void SignalIfStaged(DbContext? context)
    {
        if (context is not null && staged.Remove(context)) signal.Notify();
    }

    void Unstage(DbContext? context)
    {
        if (context is not null) staged.Remove(context);
    }
}
