using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using NatoAspire.Contracts.Accounts;
using NatoAspire.TestSupport;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>A second replica of the service beside the shared one, on the same database, broker and mailbox.</summary>
[Collection(NotificationCollection.Name)]
public sealed class TwoReplicasTests(NotificationHost host)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

    [Fact]
    public async Task Copies_of_one_message_taken_by_two_replicas_at_once_send_one_email()
    {
        var (address, messageId) = (Address.Unique("two-replicas"), NewId.NextGuid());
        await using var relay = new SmtpRelay(host.Infrastructure.SmtpHost, host.Infrastructure.SmtpPort) { AnswerDelay = TimeSpan.FromMilliseconds(300) };
        await using var second = new NotificationFactory(host.Infrastructure, host.Settings, new CapturedLogs());
        var consumedBySecond = new ConsumedMessages();
        second.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumedBySecond);
        await WaitUntilHealthyAsync(second);
        host.Settings.Change("ConnectionStrings:smtp", relay.ConnectionString);
        try
        {
            var issued = new VerificationCodeIssued(address, "Ada", "407731", DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30));
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Bus.Publish(issued, context => context.MessageId = messageId)));
            await WaitUntilAsync(() => host.Consumed.Count(messageId) + consumedBySecond.Count(messageId) == 4);
        }
        finally
        {
            host.UseTheMailbox();
        }

        Assert.True(host.Consumed.Count(messageId) > 0 && consumedBySecond.Count(messageId) > 0,
            $"replica one consumed {host.Consumed.Count(messageId)} copies, replica two {consumedBySecond.Count(messageId)}");
        Assert.Single(await host.Mailbox.ListAsync(), m => m.IsTo(address));
    }

    static async Task WaitUntilHealthyAsync(NotificationFactory replica)
    {
        using var client = replica.CreateClient();
        var stopwatch = Stopwatch.StartNew();
        while (!(await client.GetAsync("/health")).IsSuccessStatusCode)
        {
            if (stopwatch.Elapsed > Patience) throw new TimeoutException("The second replica did not become healthy.");
            await Task.Delay(200);
        }
    }

    static async Task WaitUntilAsync(Func<bool> condition)
    {
        var stopwatch = Stopwatch.StartNew();
        while (!condition())
        {
            if (stopwatch.Elapsed > Patience) throw new TimeoutException("The copies were not all consumed in time.");
            await Task.Delay(100);
        }
    }
}
