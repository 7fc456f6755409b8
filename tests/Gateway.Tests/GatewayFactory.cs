using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NatoAspire.Gateway.Tests;

/// <summary>The real gateway, its service-discovery names pointed at real backends on random ports.</summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, Backend> backends, int accountPermitLimit = 60)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (service, backend) in backends)
            builder.UseSetting($"services:{service}:http:0", backend.Address.ToString());
        builder.UseSetting("RateLimits:Account:PermitLimit", accountPermitLimit.ToString());
        builder.UseSetting("RateLimits:Account:WindowSeconds", "60");
        builder.UseSetting("Gateway:MaxRequestBodyBytes", "1024");
    }
}
