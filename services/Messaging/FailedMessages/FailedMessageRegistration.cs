using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace NatoAspire.Messaging.FailedMessages;

static class FailedMessageRegistration
{
    /// <summary>The <c>_error</c> queues' gauge, warning and mover for the endpoints that <see cref="ReceiveEndpointQueues"/> collects.</summary>
    public static IServiceCollection AddFailedMessageHandling(this IServiceCollection services, Uri broker)
    {
        services.AddOptions<FailedMessageOptions>()
            .BindConfiguration(FailedMessageOptions.Section)
            .Validate(options => options.IsValid, $"{FailedMessageOptions.Section}: CheckInterval must be more than 0.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReceiveEndpointQueues>();
        services.AddSingleton(provider => new FailedMessageBroker(broker, provider.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton<ErrorQueueGauge>();
        services.AddSingleton<ErrorQueueMover>();
        services.AddHostedService<ErrorQueueMonitor>();
        return services;
    }
}
