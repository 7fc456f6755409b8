using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using NatoAspire.TestSupport;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>The real notification service against the fixture's PostgreSQL, RabbitMQ and smtp4dev.</summary>
public sealed class NotificationFactory(InfrastructureFixture infrastructure, SwitchableSettings settings, CapturedLogs logs)
    : WebApplicationFactory<Program>
{
    public const string PortalBaseUrl = "https://media.example.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:notificationdb", infrastructure.PostgresConnectionString("notificationdb"));
        builder.UseSetting("ConnectionStrings:messaging", infrastructure.RabbitMqConnectionString);
        builder.UseSetting("Portal:PublicBaseUrl", PortalBaseUrl);
        builder.UseSetting("Smtp:FromAddress", "no-reply@nato-media.test");
        // The same five retries as in production, with waits of a fraction of a second instead of up to 15 s each:
        // the outage tests wait for a message to exhaust them.
        builder.UseSetting("Messaging:Retry:IntervalDelta", "00:00:00.100");
        builder.UseSetting("Messaging:Retry:MaxInterval", "00:00:02");
        builder.ConfigureAppConfiguration(configuration => configuration.Add(settings));
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Debug);
        });
    }
}
