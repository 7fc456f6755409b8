using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using NatoAspire.Contracts.Accounts;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace NatoAspire.Notification.Tests.Integration;

[Collection(NotificationCollection.Name)]
public sealed class SmtpOutageTests(NotificationHost host, ITestOutputHelper output)
{
    const string ErrorQueue = "password-reset-email_error";

    [Fact]
    public async Task A_send_that_keeps_failing_is_retried_then_left_in_the_error_queue_without_the_code_in_any_log()
    {
        var address = Address.Unique("outage");
        const string code = "808017";
        var messageId = NewId.NextGuid();
        var stopwatch = Stopwatch.StartNew();

        host.Settings.Change("ConnectionStrings:smtp", $"smtp://127.0.0.1:{ClosedPort()}");
        try
        {
            await host.Bus.Publish(new PasswordResetCodeIssued(address, code, DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30)),
                context => context.MessageId = messageId);
            await WaitInErrorQueueAsync(messageId, TimeSpan.FromSeconds(90));
        }
        finally
        {
            host.UseTheMailbox();
        }
        output.WriteLine($"In {ErrorQueue} after {stopwatch.Elapsed.TotalSeconds:0.0} s");

        var delivery = await host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.MessageId == messageId));
        Assert.Null(delivery.SentAt);
        Assert.True(delivery.Attempts > 1, $"{delivery.Attempts} attempt(s)");
        Assert.NotNull(delivery.LastError);
        output.WriteLine($"{delivery.Attempts} attempts; last error: {delivery.LastError}");
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(code));
        Assert.Contains(host.Logs.Lines, line => line.Contains($"email of message {messageId} failed"));
        Assert.DoesNotContain(await host.Mailbox.ListAsync(), m => m.IsTo(address));
    }

    /// <summary>A port that was free a moment ago: connecting to it is refused at once.</summary>
    static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>MassTransit creates the error queue with the first fault, so it may not exist yet.</summary>
    async Task WaitInErrorQueueAsync(Guid messageId, TimeSpan timeout)
    {
        var factory = new ConnectionFactory { Uri = new Uri(host.Infrastructure.RabbitMqConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < timeout)
        {
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                while (await channel.BasicGetAsync(ErrorQueue, autoAck: false) is { } result)
                {
                    if (result.BasicProperties.MessageId == messageId.ToString()) return;
                }
            }
            catch (OperationInterruptedException) { /* the queue does not exist yet */ }
            await Task.Delay(500);
        }
        throw new TimeoutException($"Message {messageId} did not reach {ErrorQueue} within {timeout}.");
    }
}
