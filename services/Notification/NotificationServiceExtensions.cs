using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NatoAspire.Messaging;
using NatoAspire.Notification.Data;
using NatoAspire.Notification.Delivery;
using NatoAspire.Notification.Rendering;

namespace NatoAspire.Notification;

public static class NotificationServiceExtensions
{
    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<NotificationDbContext>(NotificationDbContext.ConnectionName);
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddSmtpDelivery();
        builder.AddMessaging(bus => bus.AddConsumers(typeof(NotificationServiceExtensions).Assembly));
        return builder;
    }
}
