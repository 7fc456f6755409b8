using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NatoAspire.TestSupport;

/// <summary>
/// Stands where the Aspire dashboard stands under ./run.sh: every process exports its traces, metrics and logs to it
/// (OTLP over HTTP, <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>), so that what exporting costs them is in the
/// numbers, and an exporter is not left failing and retrying every second as it does with no one listening. It counts
/// the exports and drops them; an empty body is a valid, empty protobuf answer.
/// </summary>
public sealed class OtlpSink : IAsyncDisposable
{
    readonly WebApplication app;
    long exports;
    long bytes;

    OtlpSink(WebApplication app) => this.app = app;

    /// <summary>The address it listens on, for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (the port it was given, or the one it was lent).</summary>
    public string Endpoint => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public long Exports => Interlocked.Read(ref exports);

    public long Bytes => Interlocked.Read(ref bytes);

    public static async Task<OtlpSink> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var sink = new OtlpSink(app);
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            var buffer = new byte[16384];
            long read = 0;
            int n;
            while ((n = await context.Request.Body.ReadAsync(buffer)) > 0) read += n;
            Interlocked.Increment(ref sink.exports);
            Interlocked.Add(ref sink.bytes, read);
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
