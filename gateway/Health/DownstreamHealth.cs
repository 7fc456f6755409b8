namespace NatoAspire.Gateway.Health;

public static class DownstreamHealth
{
    public const string ClientName = "downstream-health";

    /// <summary>Every service the gateway's /health speaks for, by its service-discovery name.</summary>
    public static readonly string[] Services = ["identity", "notification", "newsletter", "media-catalog", "web"];

    public static IHostApplicationBuilder AddDownstreamHealth(this IHostApplicationBuilder builder)
    {
        // A probe must answer quickly and truthfully: no retries, a short timeout.
#pragma warning disable EXTEXP0001 // experimental, but the documented way to opt one client out of the defaults
        builder.Services.AddHttpClient(ClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        var checks = builder.Services.AddHealthChecks();
        foreach (var service in Services)
        {
            checks.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                service,
                provider => new DownstreamHealthCheck(provider.GetRequiredService<IHttpClientFactory>(), service),
                failureStatus: null,
                tags: null));
        }
        return builder;
    }
}
