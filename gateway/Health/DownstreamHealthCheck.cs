using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NatoAspire.Gateway.Health;

/// <summary>A service behind the gateway is healthy when its own readiness endpoint answers 200.</summary>
sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = clients.CreateClient(DownstreamHealth.ClientName);
            using var response = await client.GetAsync($"http://{service}/health", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{service} does not answer.", exception);
        }
    }
}
