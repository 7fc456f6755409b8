using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NatoAspire.Messaging.Tests.Support;
using NatoAspire.TestSupport;

namespace NatoAspire.Messaging.Tests.Startup;

[Collection(InfrastructureCollection.Name)]
public sealed class LateBrokerTests(InfrastructureFixture infrastructure)
{
    // As late as RabbitMQ is when everything boots at once on two cores. MassTransit's own reconnect waits have
    // grown by then: without the gate it connected 14.7 s after the broker opened (measured here); with it, 0.5 s.
    static readonly TimeSpan BrokerLateBy = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_service_that_starts_before_the_broker_connects_as_soon_as_the_broker_answers()
    {
        await using var broker = new LateTcpRelay(new Uri(infrastructure.RabbitMqConnectionString).Port);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration[$"ConnectionStrings:{MessagingExtensions.ConnectionName}"] = $"amqp://guest:guest@127.0.0.1:{broker.Port}/";
        builder.AddMessaging();
        using var host = builder.Build();

        var starting = host.StartAsync();
        await Task.Delay(BrokerLateBy);
        broker.Open();
        var sinceOpen = Stopwatch.StartNew();
        await starting;

        var health = host.Services.GetRequiredService<HealthCheckService>();
        while ((await health.CheckHealthAsync()).Status != HealthStatus.Healthy && sinceOpen.Elapsed < TimeSpan.FromSeconds(30))
            await Task.Delay(100);

        Assert.InRange(sinceOpen.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(4));
        await host.StopAsync();
    }
}
