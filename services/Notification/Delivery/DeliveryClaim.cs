using Npgsql;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// One attempt's hold on an email (<see cref="DeliveryLog.ClaimAsync"/>): it ends, and the next copy may go ahead, when
/// it is disposed or its process dies. Confirming or releasing writes the outcome first.
/// </summary>
public sealed class DeliveryClaim(NpgsqlConnection connection, string deliveryKey, TimeProvider time) : IAsyncDisposable
{
    /// <summary>The Message-ID every attempt of this email carries.</summary>
    public required string EmailMessageId { get; init; }

    /// <summary>This attempt's number, the first being 1.</summary>
    public int Attempt { get; init; }

    /// <summary>
    /// When an earlier attempt claimed the email and never confirmed nor released it: it stopped between the send and
    /// its confirmation, so the email may have gone out. Null otherwise.
    /// </summary>
    public DateTimeOffset? UnconfirmedAttemptBegan { get; init; }

    /// <summary>
    /// Marks the email sent. Not cancellable: the server has the message, and a shutdown now should not leave the row
    /// looking unconfirmed.
    /// </summary>
    public async Task ConfirmAsync()
    {
        await using var confirm = DeliveryLog.Command(connection, """
            UPDATE email_deliveries SET "SentAt" = @now, "ClaimedAt" = NULL, "LastError" = NULL WHERE "DeliveryKey" = @key
            """, deliveryKey);
        confirm.Parameters.AddWithValue("now", time.GetUtcNow());
        await confirm.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>The send failed: the claim goes, so the retry is an ordinary attempt, and the error stays for operators.</summary>
    public async Task ReleaseAsync(Exception failure)
    {
        var error = $"{failure.GetType().Name}: {failure.Message}";
        if (error.Length > EmailDelivery.LastErrorMaxLength) error = error[..EmailDelivery.LastErrorMaxLength];
        await using var release = DeliveryLog.Command(connection, """
            UPDATE email_deliveries SET "ClaimedAt" = NULL, "LastError" = @error WHERE "DeliveryKey" = @key
            """, deliveryKey);
        release.Parameters.AddWithValue("error", error);
        await release.ExecuteNonQueryAsync(CancellationToken.None);
    }

    /// <summary>Ends the claim: the advisory lock goes, and the next copy of the email may go ahead.</summary>
    public ValueTask DisposeAsync() => DeliveryLog.UnlockAndCloseAsync(connection);
}
