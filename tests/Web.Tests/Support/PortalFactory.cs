using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace NatoAspire.Web.Tests.Support;

/// <summary>The web app in memory, its API calls answered by <see cref="StubApis"/>.</summary>
// Named by one of its types: "Program" is also the AppHost's, referenced here too.
public sealed class PortalFactory : WebApplicationFactory<NatoAspire.Web.Apis.IdentityApi>
{
    public StubApis Apis { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
            services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => Apis)));
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
}
