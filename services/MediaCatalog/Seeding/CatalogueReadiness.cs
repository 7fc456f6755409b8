using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NatoAspire.MediaCatalog.Seeding;

/// <summary>Unhealthy until the sample catalogue and its files are in place: before that the service cannot serve.</summary>
public sealed class CatalogueReadiness : IHealthCheck
{
    volatile bool ready;

    public void MarkReady() => ready = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(ready
            ? HealthCheckResult.Healthy("The sample catalogue and its files are in place.")
            : HealthCheckResult.Unhealthy("The sample catalogue is not in place yet."));
}
