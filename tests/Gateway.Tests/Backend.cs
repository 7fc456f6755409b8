using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace NatoAspire.Gateway.Tests;

/// <summary>
/// A real HTTP server standing in for the services behind the gateway: it says who it is and echoes the path,
/// and its /health answers whatever the test sets. Under /api/media/test-files it serves downloads:
/// <c>{bytes}</c> serves <see cref="FileContent"/> with range processing; <c>{bytes}/held</c> sends
/// <see cref="HeldBytes"/> bytes, then waits for <see cref="Release"/>; <c>{bytes}/cut</c> sends half and aborts.
/// </summary>
public sealed class Backend : IAsyncDisposable
{
    readonly WebApplication app;

    Backend(WebApplication app) => this.app = app;

    public bool Healthy { get; set; } = true;

    /// <summary>The path of every request that reached this service, health probes aside.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Received { get; } = new();

    /// <summary>The id of every connection such a request came on.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, byte> Connections { get; } = new();

    public const int HeldBytes = 300_000;

    /// <summary>Lets a held download go on.</summary>
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The bytes of a test file: the same pseudo-random sequence for a given length.</summary>
    public static byte[] FileContent(long bytes)
    {
        var content = new byte[bytes];
        new Random(Seed: 42).NextBytes(content);
        return content;
    }

    public Uri Address => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<Backend> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var backend = new Backend(app);
        app.MapGet("/health", () => backend.Healthy ? Results.Text("Healthy") : Results.StatusCode(503));
        app.Use((context, next) =>
        {
            if (context.Request.Path != "/health")
            {
                backend.Received.Enqueue(context.Request.Path.Value ?? "");
                backend.Connections.TryAdd(context.Connection.Id, 0);
            }
            return next(context);
        });
        // As identity does: a declared length over its limit is refused at once, the body left unread.
        app.MapPost("/api/account/{**rest}", async (HttpContext context) =>
        {
            if (context.Request.ContentLength > AccountApiLimits.MaxRequestBodyBytes)
                return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge);
            await context.Request.Body.CopyToAsync(Stream.Null);
            return Echo(name, context);
        });
        app.MapGet("/api/media/test-files/{bytes:long}", (long bytes) =>
            Results.Bytes(FileContent(bytes), "video/mp4", enableRangeProcessing: true));
        app.MapGet("/api/media/test-files/{bytes:long}/held", async (long bytes, HttpContext context) =>
        {
            var content = FileContent(bytes);
            context.Response.ContentLength = bytes;
            await context.Response.Body.WriteAsync(content.AsMemory(0, HeldBytes));
            await context.Response.Body.FlushAsync();
            await backend.Release.Task;
            await context.Response.Body.WriteAsync(content.AsMemory(HeldBytes));
        });
        app.MapGet("/api/media/test-files/{bytes:long}/cut", async (long bytes, HttpContext context) =>
        {
            context.Response.ContentLength = bytes;
            await context.Response.Body.WriteAsync(FileContent(bytes).AsMemory(0, (int)(bytes / 2)));
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        app.Map("/{**path}", (HttpContext context) => Echo(name, context));
        await app.StartAsync();
        return backend;
    }

    static IResult Echo(string name, HttpContext context) => Results.Json(new
    {
        service = name,
        path = context.Request.Path.Value,
        forwardedFor = context.Request.Headers["X-Forwarded-For"].ToString(),
        forwardedProto = context.Request.Headers["X-Forwarded-Proto"].ToString(),
        forwardedHost = context.Request.Headers["X-Forwarded-Host"].ToString(),
        traceparent = context.Request.Headers["traceparent"].ToString(),
    });

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
