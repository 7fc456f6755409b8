using NatoAspire.Gateway.Balancing;
using NatoAspire.Gateway.BodyLimits;
using NatoAspire.Gateway.Downloads;
using NatoAspire.Gateway.Health;
using NatoAspire.Gateway.RateLimiting;
using NatoAspire.Gateway.Localization;

namespace NatoAspire.Gateway;

public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        // The French of this service's problem messages (Localization/ProblemMessages.fr.resx).
        builder.Services.AddProblemMessages<ProblemMessages>();
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver()
            .WithConnectionLifetime(builder.Configuration)
            .AddLargeDownloads();

        // Who the client is, and which scheme and host it used, comes from the TCP connection unless the peer
        // is a proxy named in Gateway:ForwardedHeaders (none by default). The rate limits key on the result.
        builder.Services.TrustForwardedHeadersFrom("Gateway:ForwardedHeaders");

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
        app.Map("/api/{**rest}", () => Problems.Of(StatusCodes.Status404NotFound, "No such API.", ProblemCodes.NotFound));
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
