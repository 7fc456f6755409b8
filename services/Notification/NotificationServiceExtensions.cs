using MassTransit;
using NatoAspire.Messaging;
using NatoAspire.Notification.Data;
using NatoAspire.Notification.Delivery;

namespace NatoAspire.Notification;

public static class NotificationServiceExtensions
{
    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<NotificationDbContext>(NotificationDbContext.ConnectionName);
        builder.AddSmtpDelivery();
        builder.AddMessaging(bus => bus.AddConsumers(typeof(NotificationServiceExtensions).Assembly));
        return builder;
    }
}
