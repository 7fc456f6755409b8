using MassTransit;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Newsletter.Data;

namespace NatoAspire.Newsletter.Privacy;

/// <summary>
/// The account is deleted: its subscriber row, address included, goes. One conditional delete, so a redelivered event
/// finds nothing left to delete and changes nothing.
/// </summary>
public sealed class SubscriberErasureConsumer(NewsletterDbContext db, NewsletterMetrics metrics, ILogger<SubscriberErasureConsumer> logger)
    : IConsumer<AccountDeleted>
{
    public async Task Consume(ConsumeContext<AccountDeleted> context)
    {
        var accountId = context.Message.AccountId;
        var wasSubscribed = await db.Subscribers.AnyAsync(s => s.AccountId == accountId && s.Subscribed, context.CancellationToken);
        var deleted = await db.Subscribers.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(context.CancellationToken);
        if (deleted > 0 && wasSubscribed) metrics.Unsubscribed("account-deleted");
        logger.LogInformation("Account {AccountId} deleted: {Count} subscriber row(s) removed", accountId, deleted);
    }
}
