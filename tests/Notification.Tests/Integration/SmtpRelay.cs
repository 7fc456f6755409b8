using System.Net;
using System.Net.Sockets;

namespace NatoAspire.Notification.Tests.Integration;

/// <summary>
/// A TCP relay in front of the test mailbox that does to SMTP what a network can: slow every answer of the server, or
/// lose the server's answer to one message's data (the server has taken the message; the client never hears so).
/// </summary>
public sealed class SmtpRelay : IAsyncDisposable
{
    static readonly byte[] EndOfData = "\r\n.\r\n"u8.ToArray();

    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly CancellationTokenSource stop = new();
    readonly string serverHost;
    readonly int serverPort;
    readonly Task accepting;
    int answersToLose;

    public SmtpRelay(string serverHost, int serverPort)
    {
        (this.serverHost, this.serverPort) = (serverHost, serverPort);
        listener.Start();
        accepting = AcceptAsync();
    }

    public string ConnectionString => $"smtp://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    /// <summary>How long each piece of the server's answers is held back.</summary>
    public TimeSpan AnswerDelay { get; set; }

    /// <summary>The next message whose data ends reaches the server, which stores it; its "250" never comes back.</summary>
    public void LoseTheNextAnswerToData() => Interlocked.Increment(ref answersToLose);

    async Task AcceptAsync()
    {
        try
        {
            while (true) _ = RelayAsync(await listener.AcceptTcpClientAsync(stop.Token));
        }
        catch (OperationCanceledException) { }
    }

    async Task RelayAsync(TcpClient client)
    {
        using var _ = client;
        using var server = new TcpClient();
        using var session = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        var losing = new LosingAnswer();
        try
        {
            await server.ConnectAsync(serverHost, serverPort, session.Token);
            var up = ClientToServerAsync(client.GetStream(), server.GetStream(), losing, session.Token);
            var down = ServerToClientAsync(server.GetStream(), client.GetStream(), losing, session.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException) { }
        finally
        {
            await session.CancelAsync();
        }
    }

    async Task ClientToServerAsync(NetworkStream client, NetworkStream server, LosingAnswer losing, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        byte[] previousEnd = [];
        int read;
        while ((read = await client.ReadAsync(buffer, cancellationToken)) > 0)
        {
            // The end of the data may straddle two reads: look at the last bytes of the previous one too.
            byte[] seen = [.. previousEnd, .. buffer.AsSpan(0, read)];
            if (seen.AsSpan().IndexOf(EndOfData) >= 0 && TakeOneLoss()) losing.Armed = true;
            previousEnd = seen[Math.Max(0, seen.Length - EndOfData.Length + 1)..];
            await server.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    bool TakeOneLoss()
    {
        int left;
        do
        {
            left = Volatile.Read(ref answersToLose);
            if (left == 0) return false;
        } while (Interlocked.CompareExchange(ref answersToLose, left - 1, left) != left);
        return true;
    }

    async Task ServerToClientAsync(NetworkStream server, NetworkStream client, LosingAnswer losing, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await server.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (losing.Armed) return; // the server's answer dies here, and the connection with it
            if (AnswerDelay > TimeSpan.Zero) await Task.Delay(AnswerDelay, cancellationToken);
            await client.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    sealed class LosingAnswer
    {
        public volatile bool Armed;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        stop.Dispose();
    }
}
