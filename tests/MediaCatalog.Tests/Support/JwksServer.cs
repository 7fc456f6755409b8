using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NatoAspire.MediaCatalog.Tests.Support;

/// <summary>A real HTTP endpoint on a free loopback port serving the issuer's JWKS, as identity would.</summary>
public sealed class JwksServer : IAsyncDisposable
{
    readonly WebApplication app;

    JwksServer(WebApplication app, string url)
    {
        this.app = app;
        JwksUrl = url;
    }

    public string JwksUrl { get; }

    public static async Task<JwksServer> StartAsync(string jwksJson)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/jwks.json", () => Results.Text(jwksJson, "application/json"));
        await app.StartAsync();
        return new JwksServer(app, app.Urls.Single().TrimEnd('/') + "/jwks.json");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
