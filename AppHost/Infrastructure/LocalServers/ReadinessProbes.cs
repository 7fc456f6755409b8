using System.Net.Sockets;

namespace NatoAspire.LocalServers;

/// <summary>
/// Whether a server does its job rather than merely listening: RabbitMQ, for one, accepts TCP connections a moment
/// before it speaks AMQP, and PostgreSQL before it accepts queries. Each probe answers false while the server is not
/// ready — refused, reset, silent for <see cref="AnswerTimeout"/>, or answering something else — and is cancelled
/// only by its caller.
/// </summary>
public static class ReadinessProbes
{
    /// <summary>How long a server that accepted the connection may take to answer before it counts as not ready.</summary>
    public static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(2);

    static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    static readonly byte[] AmqpProtocolHeader = "AMQP\0\0\u0009\u0001"u8.ToArray();

    public static Task<bool> RedisAnswersPingAsync(string host, int port, CancellationToken cancellation) =>
        AnswersAsync(cancellation, async answering =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, answering);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), answering);
            var reply = new byte[7];
            await stream.ReadExactlyAsync(reply, answering);
            return reply.AsSpan().SequenceEqual("+PONG\r\n"u8);
        });

    /// <summary>
    /// Sends the AMQP 0-9-1 protocol header and expects a Connection.Start method frame: frame type 1 on channel 0,
    /// whose payload begins with class 10, method 10.
    /// </summary>
    public static Task<bool> RabbitMqAnswersAmqpAsync(string host, int port, CancellationToken cancellation) =>
        AnswersAsync(cancellation, async answering =>
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, answering);
            var stream = client.GetStream();
            await stream.WriteAsync(AmqpProtocolHeader, answering);
            var frameStart = new byte[11];
            await stream.ReadExactlyAsync(frameStart, answering);
            return frameStart[0] == 1 && frameStart[1] == 0 && frameStart[2] == 0
                && frameStart[7] == 0 && frameStart[8] == 10 && frameStart[9] == 0 && frameStart[10] == 10;
        });

    public static Task<bool> HttpAnswersAsync(Uri uri, CancellationToken cancellation) =>
        AnswersAsync(cancellation, async answering =>
        {
            using var response = await Http.GetAsync(uri, answering);
            return response.IsSuccessStatusCode;
        });

    /// <summary>pg_isready: PostgreSQL accepts TCP connections before it accepts queries.</summary>
    public static async Task<bool> PostgresAcceptsQueriesAsync(int port, CancellationToken cancellation) =>
        (await CommandRunner.RunAsync(ServerCommands.PostgresIsReady(port), cancellation: cancellation)).ExitCode == 0;

    static async Task<bool> AnswersAsync(CancellationToken cancellation, Func<CancellationToken, Task<bool>> probe)
    {
        using var answering = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        answering.CancelAfter(AnswerTimeout);
        try
        {
            return await probe(answering.Token);
        }
        catch (Exception e) when (e is SocketException or IOException or HttpRequestException
                                      || (e is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            return false;
        }
    }
}
