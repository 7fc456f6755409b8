using System.Net;
using System.Net.Sockets;

namespace NatoAspire.Messaging.Tests.Support;

/// <summary>
/// A port that refuses connections until <see cref="Open"/>, then relays each connection to a real server: a broker
/// that is still booting, as a service meets it when both start together.
/// </summary>
public sealed class LateTcpRelay(int targetPort) : IAsyncDisposable
{
    readonly CancellationTokenSource stopping = new();
    readonly List<Task> relays = [];
    TcpListener? listener;

    public int Port { get; } = LocalServers.FreePorts.Take(1)[0];

    public void Open()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        relays.Add(AcceptAsync(listener));
    }

    async Task AcceptAsync(TcpListener opened)
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var client = await opened.AcceptTcpClientAsync(stopping.Token);
                relays.Add(RelayAsync(client));
            }
        }
        catch (OperationCanceledException) { }
        catch (SocketException) { }
    }

    async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, targetPort, stopping.Token);
                using var pair = CancellationTokenSource.CreateLinkedTokenSource(stopping.Token);
                var up = client.GetStream().CopyToAsync(server.GetStream(), pair.Token);
                var down = server.GetStream().CopyToAsync(client.GetStream(), pair.Token);
                await Task.WhenAny(up, down);
                await pair.CancelAsync();
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException) { }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener?.Stop();
        try { await Task.WhenAll(relays); } catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException) { }
        stopping.Dispose();
    }
}
