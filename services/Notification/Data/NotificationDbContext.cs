using Microsoft.EntityFrameworkCore;
using NatoAspire.Notification.Delivery;

namespace NatoAspire.Notification.Data;

public sealed class NotificationDbContext(DbContextOptions<NotificationDbContext> options) : DbContext(options)
{
    public const string ConnectionName = "notificationdb";

    /// <summary>One row per email owed: what makes a redelivered or re-published event send no second email.</summary>
    public DbSet<EmailDelivery> Deliveries => Set<EmailDelivery>();

    protected override void OnModelCreating(ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(typeof(NotificationDbContext).Assembly);
}
