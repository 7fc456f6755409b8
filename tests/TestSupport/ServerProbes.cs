using System.Net.Sockets;

namespace NatoAspire.TestSupport;

/// <summary>
/// Checks that a server does its job rather than merely listening: RabbitMQ, for one, accepts TCP connections a
/// moment before it can speak AMQP.
/// </summary>
internal static class ServerProbes
{
    static readonly HttpClient Http = new() { Timeout = System.Threading.Timeout.InfiniteTimeSpan };

    static readonly byte[] AmqpProtocolHeader = [(byte)'A', (byte)'M', (byte)'Q', (byte)'P', 0, 0, 9, 1];

    public static async Task<bool> RedisAnswersPingAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
        var reply = new byte[7];
        await stream.ReadExactlyAsync(reply, cancellationToken);
        return reply.AsSpan().SequenceEqual("+PONG\r\n"u8);
    }

    /// <summary>
    /// Sends the AMQP 0-9-1 protocol header and expects a Connection.Start method frame: frame type 1 on channel 0,
    /// whose payload begins with class 10, method 10.
    /// </summary>
    public static async Task<bool> RabbitMqAnswersAmqpAsync(string host, int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(AmqpProtocolHeader, cancellationToken);
        var frameStart = new byte[11];
        await stream.ReadExactlyAsync(frameStart, cancellationToken);
        return frameStart[0] == 1 && frameStart[1] == 0 && frameStart[2] == 0
            && frameStart[7] == 0 && frameStart[8] == 10 && frameStart[9] == 0 && frameStart[10] == 10;
    }

    public static async Task<bool> HttpAnswersAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var response = await Http.GetAsync(uri, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
