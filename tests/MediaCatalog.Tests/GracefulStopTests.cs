using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NatoAspire.MediaCatalog.Seeding;
using NatoAspire.MediaCatalog.Tests.Support;

namespace NatoAspire.MediaCatalog.Tests;

/// <summary>A rollout stops replicas gracefully: what they are sending reaches the client whole.</summary>
[Collection(CatalogServiceCollection.Name)]
public sealed class GracefulStopTests(CatalogServiceFixture fixture)
{
    // Small socket buffers on both ends, so that most of the file is still to be sent when the stop begins.
    const int SocketBuffer = 64 * 1024;

    [Fact]
    public async Task A_download_in_progress_during_a_graceful_stop_finishes_byte_exact_while_health_says_503()
    {
        await using var settings = new CatalogServiceFactory(new Dictionary<string, string>(fixture.Settings)
        {
            ["Shutdown:DrainDelay"] = "00:00:01",
        });
        await using var replica = settings.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.Configure<SocketTransportOptions>(sockets => sockets.CreateBoundListenSocket = endpoint =>
            {
                // Accepted connections inherit the listening socket's send buffer.
                var listener = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                listener.SendBufferSize = SocketBuffer;
                return listener;
            })));
        replica.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        replica.StartServer();
        var address = new Uri(replica.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var client = new HttpClient(new SocketsHttpHandler { ConnectCallback = ConnectWithSmallBufferAsync }) { BaseAddress = address };
        var file = await SampleMasterAsync(client);

        var request = new HttpRequestMessage(HttpMethod.Get, file.Url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Tokens.VerifiedUser());
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        using var received = new MemoryStream();
        await CopyAsync(body, received, SocketBuffer);

        // What SIGTERM does: the host stops, as ConsoleLifetime would stop it.
        var stopping = replica.Services.GetRequiredService<IHost>().StopAsync();
        using var prober = new HttpClient { BaseAddress = address };
        var health = await HealthWhileStoppingAsync(prober);
        var receivedWhenNotReady = received.Length;
        await CopyAsync(body, received, long.MaxValue);
        await stopping;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health);
        Assert.True(receivedWhenNotReady < file.Length / 2, $"{receivedWhenNotReady} of {file.Length} bytes had arrived when the stop began.");
        Assert.Equal(file.Length, received.Length);
        Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(received.ToArray())));
    }

    /// <summary>The Kosovo story's broadcast master: the largest sample file, several MiB even at a 1-second sample.</summary>
    static async Task<(Uri Url, long Length, string Sha256)> SampleMasterAsync(HttpClient client)
    {
        var video = await client.GetFromJsonAsync<VideoDto>($"/api/media/videos/{SampleCatalogue.KosovoVisitId}");
        var master = video!.Files.Single(f => f.Kind == "master");
        return (new Uri($"/api/media/videos/{video.Id}/files/{master.FileId}", UriKind.Relative), master.SizeBytes, master.Sha256);
    }

    /// <summary>Asks on new connections until the answer is no longer 200; a closed listener fails the test.</summary>
    static async Task<HttpStatusCode> HealthWhileStoppingAsync(HttpClient prober)
    {
        var asking = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { ConnectionClose = true } };
            using var response = await prober.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK || asking.Elapsed > TimeSpan.FromSeconds(10)) return response.StatusCode;
            await Task.Delay(50);
        }
    }

    static async Task CopyAsync(Stream from, Stream to, long atMost)
    {
        var buffer = new byte[16 * 1024];
        for (long copied = 0; copied < atMost;)
        {
            var read = await from.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, atMost - copied)));
            if (read == 0) return;
            await to.WriteAsync(buffer.AsMemory(0, read));
            copied += read;
        }
    }

    static async ValueTask<Stream> ConnectWithSmallBufferAsync(SocketsHttpConnectionContext context, CancellationToken cancellation)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveBufferSize = SocketBuffer };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellation);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
