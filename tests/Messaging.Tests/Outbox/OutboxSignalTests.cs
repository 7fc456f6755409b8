using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Messaging.Outbox;
using NatoAspire.Messaging.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Outbox;

/// <summary>
/// When the relay is woken: only once new outbox rows are durable. The relay is not running here, so a signal
/// stays set for the test to see.
/// </summary>
[Collection(InfrastructureCollection.Name)]
public sealed class OutboxSignalTests(InfrastructureFixture infrastructure) : IAsyncLifetime
{
    OutboxHost host = null!;

    public async Task InitializeAsync() => host = await OutboxHost.CreateAsync(infrastructure);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Saving_an_outbox_row_wakes_the_relay()
    {
        await host.WithContextAsync(async db =>
        {
            db.PublishOnCommit(new OutboxProbe(Guid.NewGuid()), TimeProvider.System);
            await db.SaveChangesAsync();
        });

        Assert.True(await WokenAsync());
    }

    [Fact]
    public async Task Commits_without_outbox_rows_do_not_wake_the_relay()
    {
        await host.WithContextAsync(async db =>
        {
            db.Notes.Add(new Note { Text = "saved alone" });
            await db.SaveChangesAsync();

            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Text = "saved in a transaction" });
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        Assert.False(await WokenAsync());
    }

    [Fact]
    public async Task Rows_saved_in_a_transaction_wake_the_relay_when_it_commits_and_not_before()
    {
        await host.WithContextAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Text = "the state change" });
            db.PublishOnCommit(new OutboxProbe(Guid.NewGuid()), TimeProvider.System);
            await db.SaveChangesAsync();

            Assert.False(await WokenAsync());
            await transaction.CommitAsync();
        });

        Assert.True(await WokenAsync());
    }

    [Fact]
    public async Task A_rolled_back_transaction_does_not_wake_the_relay_then_or_later()
    {
        await host.WithContextAsync(async db =>
        {
            await using (var rolledBack = await db.Database.BeginTransactionAsync())
            {
                db.PublishOnCommit(new OutboxProbe(Guid.NewGuid()), TimeProvider.System);
                await db.SaveChangesAsync();
                await rolledBack.RollbackAsync();
            }
            db.ChangeTracker.Clear();

            await using var next = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Text = "no event this time" });
            await db.SaveChangesAsync();
            await next.CommitAsync();
        });

        Assert.False(await WokenAsync());
        Assert.Equal(0, await host.WithContextAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Marking_rows_sent_does_not_wake_the_relay()
    {
        await host.WithContextAsync(async db =>
        {
            db.PublishOnCommit(new OutboxProbe(Guid.NewGuid()), TimeProvider.System);
            await db.SaveChangesAsync();
        });
        Assert.True(await WokenAsync());

        // What the relay does with a batch it has published: its own commit must not wake it again.
        await host.WithContextAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var row in await db.OutboxMessages.Where(m => m.SentAt == null).ToListAsync())
                row.SentAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        Assert.False(await WokenAsync());
    }

    // Takes the signal if it is set, without waiting.
    Task<bool> WokenAsync() => host.Services.GetRequiredService<OutboxSignal>().WaitAsync(TimeSpan.Zero, CancellationToken.None);
}
