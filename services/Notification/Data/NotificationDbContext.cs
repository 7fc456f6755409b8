using Microsoft.EntityFrameworkCore;
using NatoAspire.Messaging.Inbox;
using NatoAspire.Notification.Delivery;

namespace NatoAspire.Notification.Data;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options), IInboxContext
{
    public const string ConnectionName = "notificationdb";

    /// <summary>One row per email owed: what makes a re-published event send no second email.</summary>
    public DbSet<EmailDelivery> Deliveries => Set<EmailDelivery>();

    /// <summary>One row per message each consumer has handled: what makes a redelivery a no-op.</summary>
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.AddInbox();
        model.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
    }
}
