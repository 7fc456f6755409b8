using Yarp.ReverseProxy.Forwarder;

namespace NatoAspire.Gateway.Balancing;

/// <summary>
/// Gateway:ConnectionLifetime (default one minute): how long the proxy keeps one connection to a service before it
/// opens a new one. Replicas behind one address (Aspire's local proxy, a Kubernetes Service) are balanced per
/// connection, not per request, so without a lifetime a kept-alive connection stays on the replica it first reached,
/// and replicas added by a scale-out never get a share of the traffic that was already flowing. A request in flight
/// keeps its connection: only the next one goes to a new connection.
/// </summary>
static class ConnectionLifetime
{
    public const string Setting = "Gateway:ConnectionLifetime";

    public static IReverseProxyBuilder WithConnectionLifetime(this IReverseProxyBuilder proxy, IConfiguration configuration)
    {
        var lifetime = configuration.GetValue(Setting, TimeSpan.FromMinutes(1));
        if (lifetime <= TimeSpan.Zero) throw new InvalidOperationException($"{Setting} must be more than zero (was {lifetime}).");
        return proxy.ConfigureHttpClient((_, handler) => handler.PooledConnectionLifetime = lifetime);
    }
}
