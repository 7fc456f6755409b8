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
/// here, together and bounded, the providers' disposal finds them shut down already; an export still retrying runs on a
/// background thread, which does not hold the process.
/// </summary>
sealed class TelemetryFlushOnStop(IServiceProvider services, IOptions<ShutdownOptions> options) : IHostedLifecycleService
{
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var budget = options.Value.TelemetryFlush;
        var milliseconds = (int)budget.TotalMilliseconds;
        Action[] shutdowns =
        [
            () => services.GetService<TracerProvider>()?.Shutdown(milliseconds),
            () => services.GetService<MeterProvider>()?.Shutdown(milliseconds),
            () => services.GetService<LoggerProvider>()?.Shutdown(milliseconds),
        ];
        // A final metric export runs on the calling thread and keeps to the exporter's own timeout, not to ours.
        await Task.WhenAll(shutdowns.Select(Task.Run)).WaitAsync(budget, cancellationToken)
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
