using Microsoft.EntityFrameworkCore;
using NatoAspire.Notification.Data;

namespace NatoAspire.Notification.Delivery;

/// <summary>
/// Forgets an address in the delivery log. The rows stay, keyed as before, so that a redelivered event still finds its
/// email sent and sends nothing; only the recipient, the one personal field, is blanked.
/// </summary>
public sealed class DeliveryLogErasure(NotificationDbContext db, ILogger<DeliveryLogErasure> logger)
{
    public const string Erased = "";

    public async Task EraseAddressAsync(string address, CancellationToken cancellationToken)
    {
        var normalised = address.Trim().ToLowerInvariant();
        // No index on the recipient: deletions are rare, and a scan of the log then is cheaper than an index on every send.
        var erased = await db.Deliveries
            .Where(d => d.Recipient.ToLower() == normalised)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.Recipient, Erased), cancellationToken);
        logger.LogInformation("Erased the recipient of {Count} delivery log row(s)", erased);
    }
}
