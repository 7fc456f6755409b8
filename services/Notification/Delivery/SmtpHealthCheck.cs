using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NatoAspire.Notification.Delivery;

/// <summary>Healthy when the SMTP server greets us and answers NOOP.</summary>
sealed class SmtpHealthCheck(SmtpSender sender) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = await sender.ConnectAsync(cancellationToken);
            await client.NoOpAsync(cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("The SMTP server does not answer.", exception);
        }
    }
}
