using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class GracefulShutdownExtensions
{
    /// <summary>
    /// On SIGTERM: readiness fails at once, the listener serves on for <see cref="ShutdownOptions.DrainDelay"/>, then
    /// closes; requests in flight, consumers' current messages and the outbox relay's last batch get
    /// <see cref="ShutdownOptions.Timeout"/> to finish (hosted services stop in reverse order, so the web server
    /// drains before the relay flushes, and the relay before the bus stops); last, an OTLP exporter gets
    /// <see cref="ShutdownOptions.TelemetryFlush"/> (<see cref="TelemetryFlushOnStop"/>).
    /// </summary>
    public static TBuilder AddGracefulShutdown<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section);
        builder.Services.AddOptions<HostOptions>().Configure<Microsoft.Extensions.Options.IOptions<ShutdownOptions>>(
            (host, shutdown) => host.ShutdownTimeout = shutdown.Value.DrainDelay + shutdown.Value.Timeout + shutdown.Value.TelemetryFlush);
        builder.Services.AddSingleton<DrainBeforeStopping>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DrainBeforeStopping>());
        builder.Services.AddHealthChecks().AddCheck<StoppingHealthCheck>(StoppingHealthCheck.Name);
        return builder;
    }
}
