using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Newsletter.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Newsletter.Tests.Subscriptions;

[Collection(NewsletterCollection.Name)]
public sealed class AddressChangeTests(NewsletterFixture newsletter)
{
    [Fact]
    public async Task After_an_email_change_the_subscriber_has_the_new_address_and_the_event_arriving_twice_changes_nothing_more()
    {
        var changing = TestAccount.Verified();
        var neighbour = TestAccount.Verified();
        foreach (var account in new[] { changing, neighbour })
        {
            using var client = newsletter.ClientFor(account);
            await (await client.PutAsync("/api/newsletter/subscription", null)).AssertOkAsync<SubscriptionBody>();
        }
        var bus = newsletter.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages();
        using var observing = bus.ConnectConsumeObserver(consumed);
        var messageId = NewId.NextGuid();
        var newEmail = $"moved-{Guid.NewGuid():N}@example.org";
        var message = new EmailChanged(changing.Id, changing.Email, newEmail, "Ada", DateTimeOffset.UtcNow);

        await bus.Publish(message, context => context.MessageId = messageId);
        await bus.Publish(message, context => context.MessageId = messageId);
        await consumed.WaitForAsync(messageId, times: 2);

        Assert.Empty(consumed.Faults);
        Assert.Equal(newEmail, await newsletter.InDatabaseAsync(db => db.Subscribers.Where(s => s.AccountId == changing.Id).Select(s => s.Email).SingleAsync()));
        Assert.True(await newsletter.InDatabaseAsync(db => db.Subscribers.AnyAsync(s => s.AccountId == changing.Id && s.Subscribed)));
        Assert.Equal(neighbour.Email, await newsletter.InDatabaseAsync(db => db.Subscribers.Where(s => s.AccountId == neighbour.Id).Select(s => s.Email).SingleAsync()));
    }
}
