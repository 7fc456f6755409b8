using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NatoAspire.Notification.Data;
using Npgsql;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// Claims an email in the delivery log before it is sent. A claim holds a PostgreSQL session advisory lock on the
/// delivery key until it is disposed or its session ends, so two copies of one email, on one replica or on two, take turns; and it
/// commits the claim (<see cref="EmailDelivery.ClaimedAt"/>) before the send, so the copy after it knows whether an
/// attempt was cut short when the SMTP server may already have accepted the message.
/// Why a session lock on a connection of its own, not a row lock in a transaction: the claim has to be committed while
/// the lock is still held, which a transaction cannot do; and a lock that ends with its session is released by
/// PostgreSQL as soon as a replica dies, with no lease to expire and no clocks to compare.
/// </summary>
public sealed class DeliveryLog(NotificationDbContext db, IOptionsMonitor<SmtpOptions> smtp, TimeProvider time)
{
    /// <summary>hashtextextended's seed: sets the delivery log's advisory locks apart from any other in the database.</summary>
    internal const long LockSeed = 0x6e6f74696679;

    internal static readonly string LockSql = $"SELECT pg_advisory_lock(hashtextextended(@key, {LockSeed}))";

    /// <summary>Null when the email has been sent already; otherwise a claim to send it under, disposed after the send.</summary>
    public async Task<DeliveryClaim?> ClaimAsync(DeliveryRequest request, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(LockConnectionString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await RecordAsync(connection, request, cancellationToken);
            await using (var wait = Command(connection, LockSql, request.DeliveryKey))
                await wait.ExecuteNonQueryAsync(cancellationToken);
            var claim = await ClaimLockedAsync(connection, request, cancellationToken);
            if (claim is null) await UnlockAndCloseAsync(connection);
            return claim;
        }
        catch
        {
            await UnlockAndCloseAsync(connection);
            throw;
        }
    }

    /// <summary>
    /// Hands the connection back to its pool without the lock. Should the unlock fail, the pool is emptied: a connection
    /// idle there with the lock would hold up every later copy of that email.
    /// </summary>
    internal static async ValueTask UnlockAndCloseAsync(NpgsqlConnection connection)
    {
        try
        {
            if (connection.State == System.Data.ConnectionState.Open)
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
                await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            }
        }
        catch (Exception)
        {
            NpgsqlConnection.ClearPool(connection);
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }

    /// <summary>The row exists from the first copy on; the primary key makes concurrent first copies insert it once.</summary>
    async Task RecordAsync(NpgsqlConnection connection, DeliveryRequest request, CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, """
            INSERT INTO email_deliveries ("DeliveryKey", "MessageId", "Kind", "Recipient", "CreatedAt", "Attempts", "EmailMessageId")
            VALUES (@key, @messageId, @kind, @recipient, @now, 0, @emailMessageId)
            ON CONFLICT ("DeliveryKey") DO NOTHING
            """, request.DeliveryKey);
        insert.Parameters.AddWithValue("messageId", request.MessageId);
        insert.Parameters.AddWithValue("kind", request.Kind);
        insert.Parameters.AddWithValue("recipient", request.Recipient);
        insert.Parameters.AddWithValue("now", time.GetUtcNow());
        insert.Parameters.AddWithValue("emailMessageId", request.NewEmailMessageId);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Under the lock: claims an unsent row, committed, and returns the claim it found there (the self-join reads the row as it was).</summary>
    async Task<DeliveryClaim?> ClaimLockedAsync(NpgsqlConnection connection, DeliveryRequest request, CancellationToken cancellationToken)
    {
        await using var claim = Command(connection, """
            UPDATE email_deliveries AS d
            SET "ClaimedAt" = @now, "Attempts" = d."Attempts" + 1, "EmailMessageId" = COALESCE(d."EmailMessageId", @emailMessageId)
            FROM email_deliveries AS before
            WHERE d."DeliveryKey" = @key AND before."DeliveryKey" = d."DeliveryKey" AND d."SentAt" IS NULL
            RETURNING before."ClaimedAt", d."EmailMessageId", d."Attempts"
            """, request.DeliveryKey);
        claim.Parameters.AddWithValue("now", time.GetUtcNow());
        claim.Parameters.AddWithValue("emailMessageId", request.NewEmailMessageId);
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new DeliveryClaim(connection, request.DeliveryKey, time)
        {
            UnconfirmedAttemptBegan = await reader.IsDBNullAsync(0, cancellationToken) ? null : reader.GetFieldValue<DateTimeOffset>(0),
            EmailMessageId = reader.GetString(1),
            Attempt = reader.GetInt32(2),
        };
    }

    /// <summary>
    /// A pool of its own, with settings for sessions that hold a lock while they wait on SMTP. A live holder finishes
    /// within its SMTP steps' timeouts (connect, authenticate, send, quit); a copy waiting longer than that gives up and
    /// is retried. Server-side keepalives end the session of a replica that vanished without closing its socket (power
    /// loss, partition), and free its lock, within about half a minute rather than after the kernel's two hours.
    /// </summary>
    string LockConnectionString()
    {
        var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var lockWait = (long)(smtp.CurrentValue.Timeout * 4).TotalMilliseconds;
        connection.Options = $"{connection.Options} -c lock_timeout={lockWait} -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3".Trim();
        return connection.ConnectionString;
    }

    internal static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string deliveryKey)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", deliveryKey);
        return command;
    }
}

/// <summary>What the delivery log needs to know of an email; the fresh Message-ID is kept only if the row is new.</summary>
public sealed record DeliveryRequest(string DeliveryKey, Guid MessageId, string Kind, string Recipient, string NewEmailMessageId);
