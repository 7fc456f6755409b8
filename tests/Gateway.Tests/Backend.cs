using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// A real HTTP server standing in for the services behind the gateway: it says who it is and echoes the path,
/// and its /health answers whatever the test sets.
/// </summary>
public sealed class Backend : IAsyncDisposable
{
    readonly WebApplication app;

    Backend(WebApplication app) => this.app = app;

    public bool Healthy { get; set; } = true;

    public Uri Address => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<Backend> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var backend = new Backend(app);
        app.MapGet("/health", () => backend.Healthy ? Results.Text("Healthy") : Results.StatusCode(503));
        app.Map("/{**path}", (HttpContext context) => Results.Json(new
        {
            service = name,
            path = context.Request.Path.Value,
            forwardedFor = context.Request.Headers["X-Forwarded-For"].ToString(),
        }));
        await app.StartAsync();
        return backend;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
