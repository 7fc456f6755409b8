using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.Web.Tests.Support;

/// <summary>The real gateway on a loopback socket, its "web" pointed at a portal on another socket: the public entry as deployed.</summary>
// Named by one of its types: "Program" is also the web's and the AppHost's.
public sealed class GatewayInFront : WebApplicationFactory<NatoAspire.Gateway.BodyLimits.RequestBodyLimit>
{
    readonly Uri web;

    GatewayInFront(Uri web) => this.web = web;

    public static GatewayInFront For(PortalFactory portal)
    {
        var gateway = new GatewayInFront(portal.Address);
        gateway.UseKestrel(0);
        gateway.StartServer();
        return gateway;
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("services:web:http:0", web.ToString());
        builder.UseSetting("ConnectionStrings:redis", SharedServers.RedisConnectionString);
        builder.UseSetting("RateLimits:RedisKeyPrefix", $"test:{Guid.NewGuid():N}:");
    }
}
