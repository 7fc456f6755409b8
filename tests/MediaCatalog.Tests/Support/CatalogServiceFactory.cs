using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NatoAspire.MediaCatalog.Tests.Support;

/// <summary>The real service in memory, pointed at the fixture's servers, JWKS and storage folder.</summary>
public sealed class CatalogServiceFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
