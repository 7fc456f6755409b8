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
        builder.ConfigureAppConfiguration(configuration => configuration.Add(settings));
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Debug);
        });
    }
}
