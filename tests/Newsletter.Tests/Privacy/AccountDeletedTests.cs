using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Newsletter.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Newsletter.Tests.Privacy;

[Collection(NewsletterCollection.Name)]
public sealed class AccountDeletedTests(NewsletterFixture newsletter)
{
    const string Subscription = "/api/newsletter/subscription";

    [Fact]
    public async Task A_deleted_account_is_no_longer_a_subscriber_and_the_event_arriving_twice_changes_nothing_more()
    {
        var deleted = TestAccount.Verified();
        var neighbour = TestAccount.Verified();
        foreach (var account in new[] { deleted, neighbour })
        {
            using var client = newsletter.ClientFor(account);
            await (await client.PutAsync(Subscription, null)).AssertOkAsync<SubscriptionBody>();
        }
        var bus = newsletter.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages();
        using var observing = bus.ConnectConsumeObserver(consumed);
        var messageId = NewId.NextGuid();
        var message = new AccountDeleted(deleted.Id, deleted.Email, "Ada", DateTimeOffset.UtcNow);

        await bus.Publish(message, context => context.MessageId = messageId);
        await bus.Publish(message, context => context.MessageId = messageId);
        await consumed.WaitForAsync(messageId, times: 2);

        Assert.Empty(consumed.Faults);
        Assert.False(await newsletter.InDatabaseAsync(db => db.Subscribers.AnyAsync(s => s.AccountId == deleted.Id)));
        Assert.False(await newsletter.InDatabaseAsync(db => db.Subscribers.AnyAsync(s => s.Email == deleted.Email)));
        Assert.True(await newsletter.InDatabaseAsync(db => db.Subscribers.AnyAsync(s => s.AccountId == neighbour.Id && s.Subscribed)));
    }

    [Fact]
    public async Task An_account_that_never_subscribed_is_deleted_without_a_fault()
    {
        var bus = newsletter.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages();
        using var observing = bus.ConnectConsumeObserver(consumed);
        var messageId = NewId.NextGuid();

        await bus.Publish(new AccountDeleted(Guid.NewGuid(), "never@nato.test", "Ada", DateTimeOffset.UtcNow), context => context.MessageId = messageId);
        await consumed.WaitForAsync(messageId, times: 1);

        Assert.Empty(consumed.Faults);
    }
}
