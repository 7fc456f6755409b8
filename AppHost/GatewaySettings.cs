namespace NatoAspire.AppHost;

static class GatewaySettings
{
    /// <summary>
    /// Hands the AppHost's Gateway:RateLimits:* settings (if any) to the gateway, so an operator or a
    /// benchmark can change the per-IP limits without editing the gateway's configuration.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGatewayRateLimits(this IResourceBuilder<ProjectResource> gateway, IConfiguration configuration)
    {
        foreach (var (key, value) in configuration.GetSection("Gateway:RateLimits").AsEnumerable(makePathsRelative: true))
            if (value is not null) gateway.WithEnvironment($"RateLimits__{key.Replace(":", "__")}", value);
        return gateway;
    }
}
