using MassTransit;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Contracts.Newsletter;
using NatoAspire.Notification.Delivery;

namespace NatoAspire.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class DeliveredOnceTests(NotificationHost host)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_same_message_delivered_twice_sends_one_email()
    {
        var address = Address.Unique("twice");
        var messageId = NewId.NextGuid();
        var issued = new VerificationCodeIssued(address, "Ada", "246810", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30));

        await host.Bus.Publish(issued, context => context.MessageId = messageId);
        await host.Bus.Publish(issued, context => context.MessageId = messageId);

        await host.Consumed.WaitForAsync(messageId, times: 2, Patience);
        await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        Assert.Single(await host.Mailbox.ListAsync(), m => m.IsTo(address));

        var delivery = await FindDeliveryAsync(messageId);
        Assert.NotNull(delivery.SentAt);
        Assert.Equal(1, delivery.Attempts);
    }

    [Fact]
    public async Task A_newsletter_copy_published_again_under_a_new_message_id_is_sent_once()
    {
        var address = Address.Unique("republished");
        var copy = new NewsletterCopyIssued(Guid.NewGuid(), Guid.NewGuid(), address, "Issue 1", "Text", null,
            new Uri("https://media.example.test/api/newsletter/unsubscribe?token=t"), DateTimeOffset.UtcNow);
        var (first, second) = (NewId.NextGuid(), NewId.NextGuid());

        await host.Bus.Publish(copy, context => context.MessageId = first);
        await host.Bus.Publish(copy, context => context.MessageId = second);

        await host.Consumed.WaitForAsync(first, times: 1, Patience);
        await host.Consumed.WaitForAsync(second, times: 1, Patience);
        await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        Assert.Single(await host.Mailbox.ListAsync(), m => m.IsTo(address));
    }

    [Fact]
    public async Task Different_messages_to_one_address_each_send_their_email()
    {
        var address = Address.Unique("two-codes");

        await host.Bus.Publish(new VerificationCodeIssued(address, "Ada", "111111", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)));
        await host.Bus.Publish(new VerificationCodeIssued(address, "Ada", "222222", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)));

        await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        var deadline = DateTime.UtcNow + Patience;
        while ((await host.Mailbox.ListAsync()).Count(m => m.IsTo(address)) < 2 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Equal(2, (await host.Mailbox.ListAsync()).Count(m => m.IsTo(address)));
    }

    Task<EmailDelivery> FindDeliveryAsync(Guid messageId) =>
        host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.MessageId == messageId));
}
