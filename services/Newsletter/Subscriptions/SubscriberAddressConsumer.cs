using MassTransit;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Newsletter.Data;

namespace NatoAspire.Newsletter.Subscriptions;

/// <summary>
/// The account's address changed (identity's <see cref="EmailChanged"/>): the issues go to the new one from now on,
/// without the reader having to subscribe again. One conditional update: a redelivered event sets the same address.
/// </summary>
public sealed class SubscriberAddressConsumer(NewsletterDbContext db, ILogger<SubscriberAddressConsumer> logger) : IConsumer<EmailChanged>
{
    public async Task Consume(ConsumeContext<EmailChanged> context)
    {
        var message = context.Message;
        var updated = await db.Subscribers
            .Where(s => s.AccountId == message.AccountId && s.Email != message.NewEmail)
            .ExecuteUpdateAsync(s => s.SetProperty(subscriber => subscriber.Email, message.NewEmail), context.CancellationToken);
        logger.LogInformation("Account {AccountId} changed its address: {Count} subscriber row(s) updated", message.AccountId, updated);
    }
}
