using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.Hosting;

/// <summary>Not ready once the process has been told to stop, so that no router sends it new requests.</summary>
sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime, DrainBeforeStopping drain) : IHealthCheck
{
    public const string Name = "not-stopping";

    // SIGTERM fires ApplicationStopping before the host stops; a host stopped directly fires it only after the drain.
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested || drain.HasBegun
            ? HealthCheckResult.Unhealthy("The process is stopping.")
            : HealthCheckResult.Healthy());
}
