using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.Web.Tests.Support;

/// <summary>
/// The web app, its API calls answered by <see cref="StubApis"/>. In memory by default; <see cref="OnKestrel"/> puts it
/// on a real loopback socket, where a caller has a TCP address that forwarded-header trust can be checked against.
/// </summary>
// Named by one of its types: "Program" is also the AppHost's, referenced here too.
public sealed class PortalFactory(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<NatoAspire.Web.Apis.IdentityApi>
{
    public StubApis Apis { get; } = new();

    public static PortalFactory OnKestrel(IReadOnlyDictionary<string, string>? settings = null)
    {
        var portal = new PortalFactory(settings);
        portal.UseKestrel(0);
        portal.StartServer();
        return portal;
    }

    /// <summary>Where a portal started <see cref="OnKestrel"/> listens.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:redis", SharedServers.RedisConnectionString);
        builder.UseSetting("DataProtection:Certificate", SharedServers.KeyRingCertificate);
        // Pages cached by one test's portal, from its own stubbed catalogue, are not another's; replicas of one
        // deployment name the same ones (in settings).
        builder.UseSetting("Pages:Cache:RedisInstanceName", $"test:{Guid.NewGuid():N}:pages:");
        builder.UseSetting("Catalogue:Generation:RedisKey", $"test:{Guid.NewGuid():N}:catalogue-generation");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Apis)));
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
