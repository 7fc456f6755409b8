using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NatoAspire.LocalServers;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// The service defaults (ServiceDefaults/GracefulShutdown/TelemetryFlushOnStop) bound the last export of telemetry at
/// stop. Here the collector is away, as it is when Aspire's dashboard is off or gone, with the in-memory retry Aspire
/// sets: left to the providers' disposal, the process stayed 10–15 s after its host had stopped.
/// </summary>
[Collection(Alone.Name)]
public sealed class TelemetryFlushTests
{
    [Fact]
    public async Task A_process_whose_collector_is_away_is_done_within_the_telemetry_flush_after_its_host_stops()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ApplicationName = "telemetry-flush-test",
            EnvironmentName = Environments.Development,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // A port nobody listens on: every export is refused, and retried.
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{FreePorts.Take(1)[0]}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "grpc",
            ["OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY"] = "in_memory",
        });
        builder.AddServiceDefaults();
        var host = builder.Build();
        await host.StartAsync();
        host.Services.GetRequiredService<ILogger<TelemetryFlushTests>>().LogInformation("A line to export at stop");
        using (new ActivitySource(builder.Environment.ApplicationName).StartActivity("A span to export at stop")) { }

        var stopping = Stopwatch.StartNew();
        await host.StopAsync();
        host.Dispose();

        var flush = new ShutdownOptions().TelemetryFlush;
        Assert.True(stopping.Elapsed < flush + TimeSpan.FromSeconds(3), $"Stopped and disposed after {stopping.Elapsed.TotalSeconds:0.0} s.");
    }
}
