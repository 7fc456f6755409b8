using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using NatoAspire.LocalServers;

namespace NatoAspire.TestSupport.Tests;

/// <summary>The probes against servers that listen but are not what they seem; the real servers are in <see cref="ServersAcceptConnectionsTests"/>.</summary>
public sealed class ReadinessProbesTests
{
    static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_AMQP_probe_says_not_ready_for_a_port_that_accepts_TCP_but_answers_something_else()
    {
        await using var server = NotABroker.Start(answer: "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"u8.ToArray());
        using var cancellation = new CancellationTokenSource(TestTimeout);

        Assert.False(await ReadinessProbes.RabbitMqAnswersAmqpAsync("127.0.0.1", server.Port, cancellation.Token));
    }

    [Fact]
    public async Task The_AMQP_probe_says_not_ready_for_a_port_that_accepts_TCP_and_stays_silent()
    {
        await using var server = NotABroker.Start(answer: null);
        using var cancellation = new CancellationTokenSource(TestTimeout);
        var probing = Stopwatch.StartNew();

        Assert.False(await ReadinessProbes.RabbitMqAnswersAmqpAsync("127.0.0.1", server.Port, cancellation.Token));
        Assert.True(probing.Elapsed < ReadinessProbes.AnswerTimeout + TimeSpan.FromSeconds(5), $"took {probing.Elapsed}");
    }

    [Fact]
    public async Task The_AMQP_probe_says_not_ready_for_a_port_nobody_listens_on()
    {
        using var cancellation = new CancellationTokenSource(TestTimeout);

        Assert.False(await ReadinessProbes.RabbitMqAnswersAmqpAsync("127.0.0.1", FreePorts.Take(1)[0], cancellation.Token));
    }

    /// <summary>Accepts every connection, reads what the client sends, and answers <c>answer</c> (or nothing) on it.</summary>
    sealed class NotABroker : IAsyncDisposable
    {
        readonly TcpListener listener = new(IPAddress.Loopback, 0);
        readonly CancellationTokenSource stopping = new();
        Task accepting = Task.CompletedTask;

        public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

        public static NotABroker Start(byte[]? answer)
        {
            var server = new NotABroker();
            server.listener.Start();
            server.accepting = server.AcceptAsync(answer);
            return server;
        }

        async Task AcceptAsync(byte[]? answer)
        {
            try
            {
                while (true)
                {
                    using var client = await listener.AcceptTcpClientAsync(stopping.Token);
                    var stream = client.GetStream();
                    await stream.ReadAtLeastAsync(new byte[8], 8, throwOnEndOfStream: false, stopping.Token);
                    if (answer is null) await Task.Delay(Timeout.Infinite, stopping.Token);
                    else await stream.WriteAsync(answer, stopping.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException) { }
        }

        public async ValueTask DisposeAsync()
        {
            await stopping.CancelAsync();
            listener.Stop();
            await accepting;
            stopping.Dispose();
        }
    }
}
