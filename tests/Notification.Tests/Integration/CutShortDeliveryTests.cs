using MassTransit;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using NatoAspire.Contracts.Accounts;
using NatoAspire.Notification.Delivery;
using NatoAspire.TestSupport;
using Npgsql;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>
/// Deliveries cut short where a crash, the database or the network can cut them: each email reaches the mailbox once,
/// or again under the same Message-ID when no one could know whether the first copy had arrived.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class CutShortDeliveryTests(NotificationHost host)
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_delivery_that_loses_its_confirmation_after_the_SMTP_server_took_the_email_sends_it_again_with_the_same_Message_ID()
    {
        var (address, code, messageId) = (Address.Unique("unconfirmed"), "503118", NewId.NextGuid());
        // The first attempt's "sent" mark fails in PostgreSQL, as it does for a process killed before its commit.
        await using (var db = await OpenAsync())
            await ExecuteAsync(db, $"""
                CREATE OR REPLACE FUNCTION test_lose_the_first_confirmation() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                  IF NEW."DeliveryKey" = TG_ARGV[0] AND OLD."SentAt" IS NULL AND NEW."SentAt" IS NOT NULL AND NEW."Attempts" = 1 THEN
                    RAISE EXCEPTION 'test: the delivery log is gone before the confirmation commits';
                  END IF;
                  RETURN NEW;
                END $$;
                CREATE TRIGGER "{TriggerName(messageId)}" BEFORE UPDATE ON email_deliveries
                FOR EACH ROW EXECUTE FUNCTION test_lose_the_first_confirmation('{DeliveryKey(messageId)}');
                """);
        try
        {
            await host.Bus.Publish(Code(address, code), context => context.MessageId = messageId);

            var copies = await WaitForCopiesAsync(address, 2);
            Assert.Single((await MessageIdsAsync(copies)).Distinct());
        }
        finally
        {
            await using var db = await OpenAsync();
            await ExecuteAsync(db, $"""DROP TRIGGER IF EXISTS "{TriggerName(messageId)}" ON email_deliveries""");
        }

        await host.Consumed.WaitForAsync(messageId, times: 1, Patience);
        var delivery = await FindDeliveryAsync(messageId);
        Assert.NotNull(delivery.SentAt);
        Assert.Null(delivery.ClaimedAt);
        Assert.Equal(2, delivery.Attempts);
        Assert.Contains(host.Logs.Lines, line => line.Contains($"email of message {messageId} was claimed at") && line.Contains("never confirmed it"));
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains(code));
    }

    [Fact]
    public async Task A_copy_waits_for_the_replica_sending_its_email_and_when_that_replica_dies_sends_it_with_the_same_Message_ID()
    {
        var (address, messageId) = (Address.Unique("orphaned"), NewId.NextGuid());
        var dyingReplicasMessageId = $"{Guid.NewGuid():N}@nato-media.test";

        await using (var dyingReplica = await OpenAsync())
        {
            // What a replica holds in the middle of its send: the claimed row, and the lock on it for as long as it lives.
            await using (var claim = DeliveryLog.Command(dyingReplica, """
                INSERT INTO email_deliveries ("DeliveryKey", "MessageId", "Kind", "Recipient", "CreatedAt", "Attempts", "ClaimedAt", "EmailMessageId")
                VALUES (@key, @messageId, 'verification', @recipient, now(), 1, now(), @emailMessageId)
                """, DeliveryKey(messageId)))
            {
                claim.Parameters.AddWithValue("messageId", messageId);
                claim.Parameters.AddWithValue("recipient", address);
                claim.Parameters.AddWithValue("emailMessageId", dyingReplicasMessageId);
                await claim.ExecuteNonQueryAsync();
            }
            await using (var hold = DeliveryLog.Command(dyingReplica, DeliveryLog.LockSql, DeliveryKey(messageId)))
                await hold.ExecuteNonQueryAsync();

            await host.Bus.Publish(Code(address, "725094"), context => context.MessageId = messageId);

            await WaitForALockWaiterAsync(dyingReplica);
            Assert.DoesNotContain(await host.Mailbox.ListAsync(), m => m.IsTo(address));
        } // the replica dies: PostgreSQL ends its session, and the lock with it

        var mail = await host.Mailbox.WaitForMessageAsync(m => m.IsTo(address), Patience);
        Assert.Equal(dyingReplicasMessageId, Assert.Single(await MessageIdsAsync([mail])));
        await host.Consumed.WaitForAsync(messageId, times: 1, Patience);
        var delivery = await FindDeliveryAsync(messageId);
        Assert.NotNull(delivery.SentAt);
        Assert.Equal(2, delivery.Attempts);
        Assert.Contains(host.Logs.Lines, line => line.Contains($"email of message {messageId} was claimed at") && line.Contains(dyingReplicasMessageId));
    }

    [Fact]
    public async Task Three_copies_of_one_message_delivered_at_once_to_a_slow_SMTP_server_send_one_email()
    {
        var (address, messageId) = (Address.Unique("at-once"), NewId.NextGuid());
        await using var relay = new SmtpRelay(host.Infrastructure.SmtpHost, host.Infrastructure.SmtpPort) { AnswerDelay = TimeSpan.FromMilliseconds(300) };
        host.Settings.Change("ConnectionStrings:smtp", relay.ConnectionString);
        try
        {
            var issued = Code(address, "318274");
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Bus.Publish(issued, context => context.MessageId = messageId)));
            await host.Consumed.WaitForAsync(messageId, times: 3, Patience * 2);
        }
        finally
        {
            host.UseTheMailbox();
        }

        Assert.Single(await host.Mailbox.ListAsync(), m => m.IsTo(address));
        Assert.Equal(1, (await FindDeliveryAsync(messageId)).Attempts);
        Assert.Equal(2, host.Logs.Lines.Count(line => line.Contains($"email of message {messageId} had been sent already; skipped")));
    }

    [Fact]
    public async Task An_SMTP_answer_lost_after_the_server_took_the_email_is_retried_with_the_same_Message_ID()
    {
        var (address, messageId) = (Address.Unique("lost-answer"), NewId.NextGuid());
        await using var relay = new SmtpRelay(host.Infrastructure.SmtpHost, host.Infrastructure.SmtpPort);
        relay.LoseTheNextAnswerToData();
        host.Settings.Change("ConnectionStrings:smtp", relay.ConnectionString);
        try
        {
            await host.Bus.Publish(Code(address, "640215"), context => context.MessageId = messageId);
            await host.Consumed.WaitForAsync(messageId, times: 1, Patience);
        }
        finally
        {
            host.UseTheMailbox();
        }

        var copies = await WaitForCopiesAsync(address, 2);
        Assert.Single((await MessageIdsAsync(copies)).Distinct());
        var delivery = await FindDeliveryAsync(messageId);
        Assert.NotNull(delivery.SentAt);
        Assert.Null(delivery.LastError);
        Assert.Equal(2, delivery.Attempts);
    }

    [Fact]
    public async Task An_SMTP_server_that_refuses_the_first_attempt_gets_the_email_once_from_the_retry()
    {
        var (address, messageId) = (Address.Unique("refused-first"), NewId.NextGuid());
        host.Settings.Change("ConnectionStrings:smtp", $"smtp://127.0.0.1:{ClosedPort()}");
        try
        {
            await host.Bus.Publish(Code(address, "902731"), context => context.MessageId = messageId);
            await WaitUntilAsync(async () => (await FindDeliveryOrNullAsync(messageId))?.LastError is not null);
        }
        finally
        {
            host.UseTheMailbox();
        }

        await host.Consumed.WaitForAsync(messageId, times: 1, Patience);
        Assert.Single(await host.Mailbox.ListAsync(), m => m.IsTo(address));
        var delivery = await FindDeliveryAsync(messageId);
        Assert.NotNull(delivery.SentAt);
        Assert.Null(delivery.ClaimedAt);
        Assert.True(delivery.Attempts >= 2, $"{delivery.Attempts} attempt(s)");
        // The failed attempt released its claim: the retry did not take it for one cut short after the send.
        Assert.DoesNotContain(host.Logs.Lines, line => line.Contains($"email of message {messageId} was claimed at"));
    }

    static VerificationCodeIssued Code(string address, string code) =>
        new(address, "Ada", code, DateTimeOffset.UtcNow.AddMinutes(30), TimeSpan.FromMinutes(30));

    static string DeliveryKey(Guid messageId) => $"message:{messageId:N}";

    static string TriggerName(Guid messageId) => $"test_lose_{messageId:N}";

    /// <summary>An unpooled connection: disposing it ends its session, as a process's death does.</summary>
    async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(host.Infrastructure.PostgresConnectionString("notificationdb"))
        {
            Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Until a session other than the holder's waits for an advisory lock in the notification database.</summary>
    static Task WaitForALockWaiterAsync(NpgsqlConnection holder) => WaitUntilAsync(async () =>
    {
        await using var waiters = new NpgsqlCommand("""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, holder);
        return (long)(await waiters.ExecuteScalarAsync())! > 0;
    });

    static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!await condition()) await Task.Delay(100, patience.Token);
    }

    async Task<IReadOnlyList<MailSummary>> WaitForCopiesAsync(string address, int count)
    {
        IReadOnlyList<MailSummary> copies = [];
        await WaitUntilAsync(async () => (copies = [.. (await host.Mailbox.ListAsync()).Where(m => m.IsTo(address))]).Count >= count);
        return copies;
    }

    async Task<IReadOnlyList<string>> MessageIdsAsync(IEnumerable<MailSummary> mails)
    {
        var ids = new List<string>();
        foreach (var mail in mails)
        {
            using var raw = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await host.Mailbox.GetRawAsync(mail.Id)));
            ids.Add((await MimeMessage.LoadAsync(raw)).MessageId ?? "(none)");
        }
        return ids;
    }

    Task<EmailDelivery> FindDeliveryAsync(Guid messageId) =>
        host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleAsync(d => d.MessageId == messageId));

    Task<EmailDelivery?> FindDeliveryOrNullAsync(Guid messageId) =>
        host.QueryAsync(db => db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.MessageId == messageId));

    /// <summary>A port that was free a moment ago: connecting to it is refused at once.</summary>
    static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
