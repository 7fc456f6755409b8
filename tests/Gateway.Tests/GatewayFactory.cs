using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using NatoAspire.TestSupport;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// The real gateway, its service-discovery names pointed at real backends on random ports. In memory by default;
/// <see cref="OnKestrel"/> puts it on a real loopback socket, where clients have a TCP address of their own.
/// </summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, Backend> backends, int accountPermitLimit = 60,
    IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>What the gateway logged, for tests that expect a line.</summary>
    public CapturedLogs Logs { get; } = new();

    public static GatewayFactory OnKestrel(IReadOnlyDictionary<string, Backend> backends, int accountPermitLimit = 60,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var gateway = new GatewayFactory(backends, accountPermitLimit, settings);
        gateway.UseKestrel(0);
        gateway.StartServer();
        return gateway;
    }

    /// <summary>Where a gateway started <see cref="OnKestrel"/> listens.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>A client of the Kestrel gateway over one TCP connection, which every request reuses.</summary>
    public HttpClient OneConnectionClient() =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 1, AllowAutoRedirect = false }) { BaseAddress = Address };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (service, backend) in backends)
            builder.UseSetting($"services:{service}:http:0", backend.Address.ToString());
        builder.UseSetting("RateLimits:Account:PermitLimit", accountPermitLimit.ToString());
        builder.UseSetting("RateLimits:Account:WindowSeconds", "60");
        builder.UseSetting("Gateway:MaxRequestBodyBytes", "1024");
        // Every gateway of the run counts in the shared Redis, each under names of its own unless a test shares them.
        builder.UseSetting("ConnectionStrings:redis", NatoAspire.TestSupport.RedisServer.Shared.ConnectionString);
        builder.UseSetting("RateLimits:RedisKeyPrefix", $"test:{Guid.NewGuid():N}:");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }
}
