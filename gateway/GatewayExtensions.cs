using Microsoft.AspNetCore.HttpOverrides;
using NatoAspire.Gateway.BodyLimits;
using NatoAspire.Gateway.Downloads;
using NatoAspire.Gateway.Health;
using NatoAspire.Gateway.RateLimiting;

namespace NatoAspire.Gateway;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .AddLargeDownloads();

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only a proxy on this host (loopback) may tell us who the client is.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Add(System.Net.IPAddress.Loopback);
            options.KnownProxies.Add(System.Net.IPAddress.IPv6Loopback);
        });

        builder.AddGatewayRateLimiting();
        builder.AddDownstreamHealth();
        return builder;
    }

    /// <summary>
    /// An /api path that no service owns is a 404 problem from the gateway itself; without this the
    /// pages' catch-all route would answer it with an HTML page.
    /// </summary>
    public static WebApplication MapUnknownApiPaths(this WebApplication app)
    {
        app.Map("/api/{**rest}", () => TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such API.",
            extensions: new Dictionary<string, object?> { ["code"] = "not_found" }));
        return app;
    }

    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }
}
