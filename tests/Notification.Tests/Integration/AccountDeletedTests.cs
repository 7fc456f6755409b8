using MassTransit;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Accounts;

namespace NatoAspire.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class AccountDeletedTests(NotificationHost host)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_last_email_goes_once_and_afterwards_the_delivery_log_keeps_no_address()
    {
        var address = Address.Unique("deleted");
        var earlier = NewId.NextGuid();
        await host.Bus.Publish(new PasswordChanged(Guid.NewGuid(), address, "Ada", DateTimeOffset.UtcNow), context => context.MessageId = earlier);
        await host.Consumed.WaitForAsync(earlier, times: 1, Patience);
        Assert.True(await host.QueryAsync(db => db.Deliveries.AnyAsync(d => d.Recipient == address)));

        var deleted = new AccountDeleted(Guid.NewGuid(), address, "Ada", DateTimeOffset.UtcNow);
        var (first, republished) = (NewId.NextGuid(), NewId.NextGuid());
        await host.Bus.Publish(deleted, context => context.MessageId = first);
        await host.Bus.Publish(deleted, context => context.MessageId = first);
        await host.Bus.Publish(deleted, context => context.MessageId = republished);
        await host.Consumed.WaitForAsync(first, times: 2, Patience);
        await host.Consumed.WaitForAsync(republished, times: 1, Patience);

        var mails = (await host.Mailbox.ListAsync()).Where(m => m.IsTo(address)).ToList();
        Assert.Equal(2, mails.Count);
        var last = Assert.Single(mails, m => m.Subject == AccountDeletedEmail.Words.English.Subject);
        Assert.Contains("This is the last email we send to this address.", await host.Mailbox.GetPlainTextAsync(last.Id));
        Assert.False(await host.QueryAsync(db => db.Deliveries.AnyAsync(d => d.Recipient.ToLower() == address.ToLower())));
        // The rows themselves stay, so a redelivery still finds its email sent.
        Assert.True(await host.QueryAsync(db => db.Deliveries.AnyAsync(d => d.MessageId == earlier && d.SentAt != null)));
    }
}
