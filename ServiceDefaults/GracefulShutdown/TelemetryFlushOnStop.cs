using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Flushes the telemetry once every hosted service has stopped, within <see cref="ShutdownOptions.TelemetryFlush"/>.
/// Left to the container's disposal, the trace, metric and log providers each wait up to 5 s for their exporter, one
/// after the other, and the OTLP exporter with in-memory retry (which Aspire turns on) retries for all of it when
/// nothing collects (the dashboard off or gone): the process lingered 10–15 s after its host had stopped. Shut down
/// here within one deadline, the providers' disposal finds them shut down already; an export still retrying runs on
/// the exporter's background thread, which does not hold the process.
/// </summary>
sealed class TelemetryFlushOnStop(IServiceProvider services, IOptions<ShutdownOptions> options) : IHostedLifecycleService
{
    // Taken at start, so that stopping resolves nothing from a container that may be going away.
    TracerProvider? traces;
    LoggerProvider? logs;
    MeterProvider? metrics;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        traces = services.GetService<TracerProvider>();
        logs = services.GetService<LoggerProvider>();
        metrics = services.GetService<MeterProvider>();
        return Task.CompletedTask;
    }

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        // One after the other, on this thread, from one deadline: a provider's shutdown and its disposal must not overlap.
        var deadline = Stopwatch.StartNew();
        int Remaining() => (int)Math.Max(0, (options.Value.TelemetryFlush - deadline.Elapsed).TotalMilliseconds);
        traces?.Shutdown(Remaining());
        logs?.Shutdown(Remaining());
        metrics?.Shutdown(Remaining());
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
