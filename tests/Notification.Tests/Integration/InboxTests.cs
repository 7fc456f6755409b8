using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Messaging.Inbox;
using NatoAspire.Notification.Data;
using NatoAspire.Notification.Delivery;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>The shared inbox from Messaging, used the way a service with database-only side effects uses it.</summary>
[Collection(NotificationCollection.Name)]
public sealed class InboxTests(NotificationHost host)
{
    const string Consumer = "tests:inbox";

    [Fact]
    public async Task A_message_is_handled_once_and_its_changes_commit_with_the_record()
    {
        var messageId = NewId.NextGuid();
        var runs = 0;

        var first = await ProcessAsync(messageId, Consumer, db => { runs++; AddSideEffect(db, messageId); });
        var second = await ProcessAsync(messageId, Consumer, db => { runs++; AddSideEffect(db, messageId); });

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1, runs);
        Assert.True(await SideEffectExistsAsync(messageId));
    }

    [Fact]
    public async Task A_failing_handler_leaves_no_record_and_no_changes_so_the_retry_runs_it()
    {
        var messageId = NewId.NextGuid();

        await Assert.ThrowsAsync<TimeoutException>(() => ProcessAsync(messageId, Consumer, db =>
        {
            AddSideEffect(db, messageId);
            throw new TimeoutException("transient");
        }));
        Assert.False(await SideEffectExistsAsync(messageId));
        Assert.False(await host.QueryAsync(db => db.ProcessedMessages.AnyAsync(m => m.MessageId == messageId)));

        Assert.True(await ProcessAsync(messageId, Consumer, db => AddSideEffect(db, messageId)));
        Assert.True(await SideEffectExistsAsync(messageId));
    }

    [Fact]
    public async Task A_concurrent_duplicate_waits_for_the_first_and_is_skipped()
    {
        var messageId = NewId.NextGuid();
        var firstIsInside = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        var runs = 0;

        var first = ProcessAsync(messageId, Consumer, async db =>
        {
            Interlocked.Increment(ref runs);
            firstIsInside.SetResult();
            await releaseFirst.Task;
        });
        await firstIsInside.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var second = ProcessAsync(messageId, Consumer, _ => { Interlocked.Increment(ref runs); return Task.CompletedTask; });
        await Task.Delay(300);
        Assert.False(second.IsCompleted, "The duplicate did not wait for the first copy's transaction.");

        releaseFirst.SetResult();

        Assert.True(await first);
        Assert.False(await second.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Two_consumers_each_handle_the_same_message_once()
    {
        var messageId = NewId.NextGuid();

        Assert.True(await ProcessAsync(messageId, "tests:first", _ => { }));
        Assert.True(await ProcessAsync(messageId, "tests:second", _ => { }));
        Assert.False(await ProcessAsync(messageId, "tests:first", _ => { }));
    }

    [Fact]
    public async Task Records_older_than_the_retention_are_forgotten()
    {
        var (old, recent) = (NewId.NextGuid(), NewId.NextGuid());
        await host.QueryAsync(async db =>
        {
            db.ProcessedMessages.Add(new ProcessedMessage { Consumer = Consumer, MessageId = old, ProcessedAt = DateTimeOffset.UtcNow.AddDays(-31) });
            db.ProcessedMessages.Add(new ProcessedMessage { Consumer = Consumer, MessageId = recent, ProcessedAt = DateTimeOffset.UtcNow.AddDays(-29) });
            return await db.SaveChangesAsync();
        });

        var deleted = await host.Services.GetRequiredService<InboxRetention<NotificationDbContext>>().DeleteExpiredAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.False(await host.QueryAsync(db => db.ProcessedMessages.AnyAsync(m => m.MessageId == old)));
        Assert.True(await host.QueryAsync(db => db.ProcessedMessages.AnyAsync(m => m.MessageId == recent)));
    }

    Task<bool> ProcessAsync(Guid messageId, string consumer, Action<NotificationDbContext> handle) =>
        ProcessAsync(messageId, consumer, db => { handle(db); return Task.CompletedTask; });

    Task<bool> ProcessAsync(Guid messageId, string consumer, Func<NotificationDbContext, Task> handle) =>
        host.QueryAsync(db => db.ProcessOnceAsync(consumer, messageId, _ => handle(db), TimeProvider.System, CancellationToken.None));

    static void AddSideEffect(NotificationDbContext db, Guid messageId) => db.Deliveries.Add(new EmailDelivery
    {
        DeliveryKey = $"inbox-test:{messageId:N}",
        MessageId = messageId,
        Kind = "inbox-test",
        Recipient = "nobody@example.test",
        CreatedAt = DateTimeOffset.UtcNow,
    });

    Task<bool> SideEffectExistsAsync(Guid messageId) =>
        host.QueryAsync(db => db.Deliveries.AnyAsync(d => d.DeliveryKey == $"inbox-test:{messageId:N}"));
}
