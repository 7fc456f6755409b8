using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NatoAspire.Messaging.FailedMessages;
using NatoAspire.Messaging.Outbox;

namespace NatoAspire.Messaging;

public static class MessagingExtensions
{
    /// <summary>The Aspire resource (and connection string) name of the broker.</summary>
    public const string ConnectionName = "messaging";

    /// <summary>
    /// MassTransit over RabbitMQ with kebab-case endpoints, retries with backoff for transient failures
    /// (<see cref="MessageRetryOptions"/>), and faults left in each queue's <c>_error</c> queue, counted and
    /// moved back by <c>FailedMessages/</c>. MassTransit registers its own bus health check.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"The connection string '{ConnectionName}' is missing.");
        var broker = new Uri(connectionString);

        builder.Services.AddOptions<MessageRetryOptions>()
            .BindConfiguration(MessageRetryOptions.Section)
            .Validate(options => options.IsValid, $"{MessageRetryOptions.Section}: Limit must be 0 or more, MinInterval not negative, MaxInterval at least MinInterval, IntervalDelta more than 0.")
            .ValidateOnStart();

        // Before AddMassTransit: hosted services start in the order they were added.
        builder.Services.AddHostedService(services =>
            new BrokerReadinessGate(broker, services.GetRequiredService<ILogger<BrokerReadinessGate>>()));

        // On stop, a consumer finishes its current message within the host's shutdown timeout; one cut off after it is
        // not acknowledged, so the broker hands it out again (consumers are idempotent).
        builder.Services.AddOptions<MassTransitHostOptions>().Configure<IOptions<HostOptions>>((bus, host) =>
        {
            bus.StopTimeout = host.Value.ShutdownTimeout;
            bus.ConsumerStopTimeout = host.Value.ShutdownTimeout;
        });

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configureConsumers?.Invoke(bus);

            bus.AddConfigureEndpointsCallback((context, queue, endpoint) =>
            {
                context.GetRequiredService<ReceiveEndpointQueues>().Add(queue);
                var retry = context.GetRequiredService<IOptions<MessageRetryOptions>>().Value;
                // MassTransit's policy needs at least one retry; without one, the first failure faults.
                if (retry.Limit > 0)
                    endpoint.UseMessageRetry(policy => policy.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.IntervalDelta));
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, (ushort)(broker.IsDefaultPort ? 5672 : broker.Port), VirtualHost(broker), host =>
                {
                    var (user, password) = Credentials(broker);
                    host.Username(user);
                    host.Password(password);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });

        // After AddMassTransit: by the time it starts, the bus is configured and ReceiveEndpointQueues filled.
        builder.Services.AddFailedMessageHandling(broker);
        return builder;
    }

    /// <summary>Adds the relay that publishes the rows of <typeparamref name="TContext"/>'s outbox.</summary>
    public static IHostApplicationBuilder AddOutboxRelay<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext, IOutboxContext
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<OutboxRelayOptions>().BindConfiguration(OutboxRelayOptions.Section);
        builder.Services.ConfigureDbContext<TContext>((services, options) =>
            options.AddInterceptors(new OutboxCommitInterceptor(services.GetRequiredService<OutboxSignal>())));
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        return builder;
    }

    static string VirtualHost(Uri broker)
    {
        var path = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }

    static (string User, string Password) Credentials(Uri broker)
    {
        if (string.IsNullOrEmpty(broker.UserInfo)) return ("guest", "guest");
        var parts = broker.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
    }
}
