using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Holds the stop back by <see cref="ShutdownOptions.DrainDelay"/> before any hosted service stops: the listener keeps
/// serving while <c>/health</c> already says 503 (<see cref="StoppingHealthCheck"/>).
/// </summary>
sealed class DrainBeforeStopping(IOptions<ShutdownOptions> options, ILogger<DrainBeforeStopping> logger) : IHostedLifecycleService
{
    volatile bool begun;

    public bool HasBegun => begun;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        begun = true;
        var delay = options.Value.DrainDelay;
        if (delay <= TimeSpan.Zero) return;
        logger.LogInformation("Stopping: not ready, still serving for {DrainDelay}", delay);
        await Task.Delay(delay, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
