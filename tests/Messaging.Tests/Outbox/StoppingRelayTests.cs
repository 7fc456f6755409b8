using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using NatoAspire.Messaging.Outbox;
using NatoAspire.Messaging.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Outbox;

/// <summary>A graceful stop publishes what was committed before it, instead of leaving it for the next start.</summary>
[Collection(InfrastructureCollection.Name)]
public sealed class StoppingRelayTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_graceful_stop_publishes_the_rows_committed_before_it()
    {
        // The relay polls once an hour, so only the stop itself can publish the row.
        await using var host = await OutboxHost.CreateAsync(infrastructure, new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "01:00:00",
        });
        await host.Host.StartAsync();
        await WaitForTheFirstLookAsync(host);

        long row;
        await using (var db = host.UnsignalledContext(infrastructure))
        {
            var staged = db.PublishOnCommit(new OutboxProbe(Guid.NewGuid()), TimeProvider.System);
            await db.SaveChangesAsync();
            row = staged.Id;
        }
        await host.Host.StopAsync(TimeSpan.FromSeconds(30));

        await using var check = host.UnsignalledContext(infrastructure);
        var sentAt = await check.OutboxMessages.Where(m => m.Id == row).Select(m => m.SentAt).SingleAsync();
        Assert.NotNull(sentAt);
    }

    static async Task WaitForTheFirstLookAsync(OutboxHost host)
    {
        var stopwatch = Stopwatch.StartNew();
        while (host.RelayQueries.Count == 0)
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("The relay did not look at its outbox within a minute.");
            await Task.Delay(50);
        }
        // Its first query has been sent; give its transaction time to end so the row lands after it.
        await Task.Delay(500);
    }
}
