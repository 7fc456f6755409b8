using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Messaging.Outbox;
using NatoAspire.Messaging.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Outbox;

/// <summary>A running relay publishes what is committed, then sleeps until more arrives or the poll interval passes.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class IdleRelayTests(InfrastructureFixture infrastructure)
{
    static readonly TimeSpan Quiet = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task A_relay_with_nothing_to_publish_does_not_keep_querying_the_database()
    {
        await using var host = await OutboxHost.CreateAsync(infrastructure);
        await host.Host.StartAsync();

        var row = await host.WithContextAsync(async db =>
        {
            var staged = db.PublishOnCommit(new OutboxProbe(Guid.NewGuid()), TimeProvider.System);
            await db.SaveChangesAsync();
            return staged.Id;
        });
        await WaitUntilSentAsync(host, row);

        var before = host.RelayQueries.Count;
        await Task.Delay(Quiet);
        var queries = host.RelayQueries.Count - before;

        // Polling once a second looks about four times in four seconds; a relay that woke itself with its own
        // commits would look hundreds of times a second.
        Assert.InRange(queries, 1, 8);
    }

    static async Task WaitUntilSentAsync(OutboxHost host, long row)
    {
        var stopwatch = Stopwatch.StartNew();
        while (await host.WithContextAsync(db => db.OutboxMessages.Where(m => m.Id == row).Select(m => m.SentAt).SingleAsync()) is null)
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"Outbox row {row} was not published within a minute.");
            await Task.Delay(100);
        }
    }
}
