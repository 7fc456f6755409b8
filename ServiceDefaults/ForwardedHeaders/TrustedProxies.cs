using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// X-Forwarded-For/Proto/Host are believed only from the proxies an operator names in configuration
/// (<c>{section}:KnownProxies</c>: addresses, <c>{section}:KnownNetworks</c>: CIDR ranges), and from nobody
/// by default. ASP.NET Core's own defaults trust every loopback peer, which on a host where the public
/// entry listens on 127.0.0.1 lets any local client choose its own address, scheme and host.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection TrustForwardedHeadersFrom(this IServiceCollection services, string sectionPath)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var section = configuration.GetSection(sectionPath);
            var proxies = Parse(section.GetSection("KnownProxies"), IPAddress.Parse);
            var networks = Parse(section.GetSection("KnownNetworks"), System.Net.IPNetwork.Parse);

            // With both lists empty the middleware would believe every peer: trusting nobody means reading nothing.
            options.ForwardedHeaders = proxies.Count + networks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            // Walk back through every trusted hop (load balancer, then this proxy's neighbour…) and stop at the
            // first address nobody vouches for: that is the client. A client's own X-Forwarded-For entries sit to
            // the left of it and are never reached.
            options.ForwardLimit = null;
        })
        // A bad entry stops the start, not the first request.
        .ValidateOnStart();
        return services;
    }

    static List<T> Parse<T>(IConfigurationSection list, Func<string, T> parse)
    {
        // An array in JSON (KnownProxies:0, :1 …), or one comma-separated environment variable.
        var entries = !string.IsNullOrWhiteSpace(list.Value)
            ? list.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : list.GetChildren().Select(entry => entry.Value?.Trim()).OfType<string>().Where(value => value.Length > 0);
        var values = new List<T>();
        foreach (var entry in entries)
        {
            try
            {
                values.Add(parse(entry));
            }
            catch (FormatException)
            {
                // A typo would silently trust nobody, and the "fix" is often to trust everybody: refuse to start instead.
                throw new InvalidOperationException($"{list.Path} holds '{entry}', which is not a valid {(typeof(T) == typeof(IPAddress) ? "IP address" : "CIDR network")}.");
            }
        }
        return values;
    }
}
