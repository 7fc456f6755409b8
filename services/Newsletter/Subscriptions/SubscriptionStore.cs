using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Messaging.Outbox;
using NatoAspire.Newsletter.Data;
using NatoAspire.Newsletter.Unsubscribing;

namespace NatoAspire.Newsletter.Subscriptions;

/// <summary>Subscribing and unsubscribing, each idempotent, with the welcome email queued in the same transaction.</summary>
public sealed class SubscriptionStore(NewsletterDbContext db, UnsubscribeLinks links, NewsletterMetrics metrics, TimeProvider time)
{
    public async Task<SubscriptionStatus> FindAsync(Guid accountId, CancellationToken cancellationToken) =>
        SubscriptionStatus.Of(await db.Subscribers.AsNoTracking().SingleOrDefaultAsync(s => s.AccountId == accountId, cancellationToken));

    public async Task<SubscriptionStatus> SubscribeAsync(Guid accountId, string email, string language, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var (status, welcomed) = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            var now = time.NowForPostgres();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The upsert locks the row until commit, so concurrent PUTs take turns and only the first one welcomes.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO subscribers ("AccountId", "Email", "Language", "Subscribed", "CreatedAt") VALUES ({accountId}, {email}, {language}, false, {now})
                ON CONFLICT ("AccountId") DO UPDATE SET "Email" = EXCLUDED."Email", "Language" = EXCLUDED."Language"
                """, cancellationToken);
            var subscriber = await db.Subscribers.SingleAsync(s => s.AccountId == accountId, cancellationToken);

            var welcomed = !subscriber.Subscribed;
            if (welcomed)
            {
                subscriber.Subscribed = true;
                subscriber.SubscribedAt = now;
                subscriber.UnsubscribedAt = null;
                db.PublishOnCommit(new NewsletterSubscribed(accountId, subscriber.Email, now, links.For(accountId), subscriber.Language), time);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (SubscriptionStatus.Of(subscriber), welcomed);
        });

        if (welcomed) metrics.Subscribed();
        return status;
    }

    /// <param name="via">How the reader asked, for the metrics: "account" or "one-click".</param>
    public async Task UnsubscribeAsync(Guid accountId, string via, CancellationToken cancellationToken)
    {
        var now = time.NowForPostgres();
        // One conditional update: a repeated or concurrent request finds nothing left to change.
        var changed = await db.Subscribers
            .Where(s => s.AccountId == accountId && s.Subscribed)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.Subscribed, false)
                .SetProperty(s => s.UnsubscribedAt, now), cancellationToken);
        if (changed > 0) metrics.Unsubscribed(via);
    }
}
